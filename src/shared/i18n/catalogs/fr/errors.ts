import type { EN_ERRORS } from '../en/errors';
import type { AreaCatalog } from '../area-catalog';

export const FR_ERRORS: AreaCatalog<typeof EN_ERRORS> = {
  'errors.providerTimedOut': '{provider} n’a pas répondu à temps ({request}). Réessayez plus tard.',
  'errors.providerUnreachable': 'Impossible de joindre {provider}. Vérifiez la connexion et réessayez.',
  'errors.providerUnreachableCode': 'Impossible de joindre {provider} ({code}). Vérifiez la connexion et réessayez.',
  'errors.providerAnswerUnusable':
    '{provider} a répondu, mais sous une forme inutilisable ({reason}). Réessayez plus tard ; si cela persiste, un proxy ou le fournisseur est en cause.',
  'errors.providerHttp':
    '{provider} {kind, select, auth {a refusé les identifiants} rateLimit {limite le nombre de requêtes} quota {indique que le compte n’a plus de quota} moderation {a refusé le contenu} invalidRequest {a refusé la requête} notFound {ne l’a pas trouvé} server {a eu une erreur serveur} other {est injoignable}} ({code, select, none {HTTP {status}} other {HTTP {status}, code {code}}}).',
  'errors.providerHttpSaid':
    '{provider} {kind, select, auth {a refusé les identifiants} rateLimit {limite le nombre de requêtes} quota {indique que le compte n’a plus de quota} moderation {a refusé le contenu} invalidRequest {a refusé la requête} notFound {ne l’a pas trouvé} server {a eu une erreur serveur} other {est injoignable}} ({code, select, none {HTTP {status}} other {HTTP {status}, code {code}}}). {providerSaid}',
  'errors.providerJobFailed': 'La tâche {provider} {jobId} a échoué. {providerSaid}',
  'errors.providerRefusedContent': '{provider} a refusé le contenu. {providerSaid}',
  'errors.jobTimedOut': 'La tâche {provider} {jobId} n’a pas fini en {seconds} s ; elle peut encore aboutir.',
  'errors.downloadDeadline':
    'Le téléchargement {provider} n’a pas fini en {duration} et a été arrêté ; la tâche est conservée pour le reprendre (cliprelay resume, ou Réessayer dans le panneau).',
  'errors.downloadEmpty': '{provider} a envoyé un fichier vide.',
  'errors.downloadChanged': 'Le fichier {provider} a changé pendant le téléchargement ; téléchargez-le à nouveau.',
  'errors.downloadDifferentOnResume':
    'Le serveur {provider} a envoyé un autre fichier à la reprise du téléchargement ; téléchargez-le à nouveau.',
  'errors.downloadStoppedEarly': 'Le téléchargement {provider} s’est arrêté trop tôt : {receivedBytes} octets reçus sur {totalBytes}.',
  'errors.downloadNotMp4': 'Le téléchargement {provider} n’est pas une vidéo MP4 (pas de boîte ftyp au début).',
  'errors.downloadTooLarge': 'Le fichier {provider} dépasse {maxMib} Mio ({bytes} octets ou plus) ; il n’a pas été conservé.',
  'errors.missingCredentials':
    'Il manque à {provider} : {fields}. Saisissez-les sous Clés des fournisseurs, puis cliquez à nouveau sur Générer.',
  'errors.overDailyCap':
    'Cette génération ({costUsd, number, ::currency/USD group-off}) porterait les dépenses du jour à {totalUsd, number, ::currency/USD group-off}, au-delà du plafond quotidien de {capUsd, number, ::currency/USD group-off}.',
  'errors.overProjectCap':
    'Cette génération ({costUsd, number, ::currency/USD group-off}) porterait les dépenses du projet à {totalUsd, number, ::currency/USD group-off}, au-delà de son plafond de {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCap':
    'Cette génération ({costUsd, number, ::currency/USD group-off}) porterait les dépenses du mois pour {client} à {totalUsd, number, ::currency/USD group-off}, au-delà du plafond mensuel par client de {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCapUntagged':
    'Cette génération ({costUsd, number, ::currency/USD group-off}) porterait les dépenses du mois pour ce client à {totalUsd, number, ::currency/USD group-off}, au-delà du plafond mensuel par client de {capUsd, number, ::currency/USD group-off}.',
  'errors.promptEmpty': 'Le prompt est vide.',
  'errors.promptTooLong':
    'Le prompt compte {length, number} caractères ; {model} en accepte au plus {max, number}. Raccourcissez-le ; rien n’a été envoyé.',
  'errors.durationRange': '{model} accepte de {first} à {last} secondes ; {asked} s demandées.',
  'errors.durationChoices': '{model} accepte {durations} secondes ; {asked} s demandées.',
  'errors.aspectChoices': '{model} accepte les formats {ratios} ; {asked} demandé.',
  'errors.resolutionChoices': '{model} propose {resolutions} ; {asked} demandé.',
  'errors.textOnlyModel': '{model} crée la vidéo à partir du texte seul ; retirez l’image de référence ou choisissez un autre modèle.',
  'errors.imageOnlyModel': '{model} crée la vidéo à partir d’une image uniquement ; choisissez une image de référence.',
  'errors.noPremiereProject': 'Aucun projet Premiere Pro n’est ouvert. Ouvrez ou créez un projet, puis réessayez.',
  'errors.noPremiereSequence':
    'Aucune séquence n’est active dans Premiere Pro. Ouvrez une séquence dans le panneau Montage, puis réessayez.',
  'errors.noResolveProject': 'Ouvrez d’abord un projet dans DaVinci Resolve.',
  'errors.noResolveTimeline': 'Ouvrez d’abord une timeline dans DaVinci Resolve (page Montage).',
  'errors.fillInTemplateValues': 'Remplissez d’abord {names}.',
  'errors.packKeyChanged':
    'Impossible d’utiliser {source} : il est signé par une autre clé ({newKey}) que celle approuvée par ce panneau à la première installation du pack ({pinnedKey}). Si l’agence a vraiment changé de clé, confirmez la nouvelle avec elle, puis supprimez le pack et réinstallez-le.',
  'errors.createUnconfirmed': '{provider} n’a pas confirmé la création ({answer}) ; vérification de l’existence de la tâche…',
  'errors.jobNotShownYet': '{provider} n’affiche pas encore la tâche {jobId} ; nouvelle demande jusqu’à {seconds} s après l’envoi.',
  'errors.createNeverArrived':
    '{provider} n’a aucune tâche {jobId} {seconds} s après l’envoi : la requête n’est jamais arrivée, rien n’a été facturé. Le bouton Réessayer la crée (avec le même identifiant, donc jamais deux fois).',
  'errors.hostOperationFailed':
    'Échec de l’opération « {kind, select, placeClip {Placement du plan} duck {Atténuation audio} recordProvenance {Enregistrement de la provenance} readProvenance {Lecture de la provenance} importMedia {Importation} pictureSequence {Capture d’image de la séquence} pictureClip {Capture d’image du plan} useProjectStill {Image fixe du projet} readSequence {Lecture de la séquence} readPlayhead {Lecture de la tête de lecture} revealInBin {Affichage dans le chutier} selectClips {Sélection des plans} undo {Annulation} diagnostics {Diagnostic} other {{operation}}} » : {detail}',
  'errors.ledgerRecordsLeftOut':
    'Le registre des tâches était endommagé ({unreadable, plural, one {# enregistrement illisible écarté} many {# enregistrements illisibles écartés} other {# enregistrements illisibles écartés}}) ; il a été mis de côté dans {path} et {count, plural, one {# tâche a été récupérée} many {# tâches ont été récupérées} other {# tâches ont été récupérées}}.',
  'errors.ledgerDamaged':
    'Le registre des tâches était endommagé ({detail}) ; il a été mis de côté dans {path} et {count, plural, one {# tâche a été récupérée} many {# tâches ont été récupérées} other {# tâches ont été récupérées}}.',
  'errors.packStoredCopyUntrusted':
    'La copie enregistrée de ce pack n’est plus fiable : {reason} Supprimez l’abonnement, puis abonnez-vous à nouveau.',
  'errors.sentAgain': 'Renvoyée à votre demande ; la première tentative ({sentAt}) a peut-être aussi été créée et facturée par {provider}.',
  'errors.endpointChanged':
    'Créée sur {createdAt} ; les réglages indiquent désormais {current}, elle est donc terminée là où elle a été créée.',
  'errors.clipWithoutAudio': '{provider} a renvoyé un plan sans piste audio.',
  'errors.clipLongerThanReported':
    '{provider} annonçait un plan de {reportedSeconds, number, ::.########## group-off} s ; le fichier dure {fileSeconds, number, ::.0 group-off} s.',
  'errors.packReleaseOlder': 'Le serveur propose la version {offered}, antérieure à votre version {current} ; la vôtre a été conservée.',
  'errors.packChangedSameVersion':
    'Le pack du serveur a changé sans nouveau numéro de version (toujours {version}) ; le vôtre a été conservé. L’agence doit augmenter « version ».',
};
