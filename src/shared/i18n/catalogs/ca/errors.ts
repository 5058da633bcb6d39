import type { EN_ERRORS } from '../en/errors';
import type { AreaCatalog } from '../area-catalog';

export const CA_ERRORS: AreaCatalog<typeof EN_ERRORS> = {
  'errors.providerTimedOut': '{provider} no ha respost a temps ({request}). Torna-ho a provar més tard.',
  'errors.providerUnreachable': 'No s’ha pogut contactar amb {provider}. Comprova la connexió i torna-ho a provar.',
  'errors.providerUnreachableCode': 'No s’ha pogut contactar amb {provider} ({code}). Comprova la connexió i torna-ho a provar.',
  'errors.providerAnswerUnusable':
    '{provider} ha respost, però d’una manera que no es pot fer servir ({reason}). Torna-ho a provar més tard; si continua passant, la culpa és d’un servidor intermediari o del proveïdor.',
  'errors.providerHttp':
    '{provider} {kind, select, auth {ha rebutjat les credencials} rateLimit {està limitant les sol·licituds} quota {indica que el compte no té quota} moderation {ha rebutjat el contingut} invalidRequest {ha rebutjat la sol·licitud} notFound {no ho ha trobat} server {ha tingut un error del servidor} other {no és accessible}} ({code, select, none {HTTP {status}} other {HTTP {status}, codi {code}}}).',
  'errors.providerHttpSaid':
    '{provider} {kind, select, auth {ha rebutjat les credencials} rateLimit {està limitant les sol·licituds} quota {indica que el compte no té quota} moderation {ha rebutjat el contingut} invalidRequest {ha rebutjat la sol·licitud} notFound {no ho ha trobat} server {ha tingut un error del servidor} other {no és accessible}} ({code, select, none {HTTP {status}} other {HTTP {status}, codi {code}}}). {providerSaid}',
  'errors.providerJobFailed': 'La tasca {jobId} de {provider} ha fallat. {providerSaid}',
  'errors.providerRefusedContent': '{provider} ha rebutjat el contingut. {providerSaid}',
  'errors.jobTimedOut': 'La tasca {jobId} de {provider} no ha acabat en {seconds} s; encara pot acabar més tard.',
  'errors.downloadDeadline':
    'La baixada de {provider} no ha acabat en {duration} i s’ha aturat; la tasca es conserva per reprendre-la (cliprelay resume, o Torna-ho a provar al tauler).',
  'errors.downloadEmpty': '{provider} ha enviat un fitxer buit.',
  'errors.downloadChanged': 'El fitxer de {provider} ha canviat durant la baixada; torna’l a baixar.',
  'errors.downloadDifferentOnResume': 'El servidor de {provider} ha enviat un altre fitxer en reprendre la baixada; torna’l a baixar.',
  'errors.downloadStoppedEarly': 'La baixada de {provider} s’ha aturat abans d’hora: {receivedBytes} de {totalBytes} bytes.',
  'errors.downloadNotMp4': 'La baixada de {provider} no és un vídeo MP4 (no hi ha cap caixa ftyp al començament).',
  'errors.downloadTooLarge': 'El fitxer de {provider} supera els {maxMib} MiB ({bytes} bytes o més); no s’ha conservat.',
  'errors.missingCredentials': 'A {provider} li falta: {fields}. Introdueix-ho a Claus dels proveïdors i torna a fer clic a Genera.',
  'errors.overDailyCap':
    'Aquesta generació ({costUsd, number, ::currency/USD group-off}) portaria la despesa d’avui a {totalUsd, number, ::currency/USD group-off}, per sobre del límit diari de {capUsd, number, ::currency/USD group-off}.',
  'errors.overProjectCap':
    'Aquesta generació ({costUsd, number, ::currency/USD group-off}) portaria la despesa del projecte a {totalUsd, number, ::currency/USD group-off}, per sobre del seu límit de {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCap':
    'Aquesta generació ({costUsd, number, ::currency/USD group-off}) portaria la despesa d’aquest mes de {client} a {totalUsd, number, ::currency/USD group-off}, per sobre del límit mensual per client de {capUsd, number, ::currency/USD group-off}.',
  'errors.overClientCapUntagged':
    'Aquesta generació ({costUsd, number, ::currency/USD group-off}) portaria la despesa d’aquest mes del client a {totalUsd, number, ::currency/USD group-off}, per sobre del límit mensual per client de {capUsd, number, ::currency/USD group-off}.',
  'errors.promptEmpty': 'La indicació és buida.',
  'errors.promptTooLong':
    'La indicació té {length, number} caràcters; {model} n’admet com a màxim {max, number}. Escurça-la; no s’ha enviat res.',
  'errors.durationRange': '{model} admet de {first} a {last} segons; se n’han demanat {asked} s.',
  'errors.durationChoices': '{model} admet {durations} segons; se n’han demanat {asked} s.',
  'errors.aspectChoices': '{model} admet els formats {ratios}; s’ha demanat {asked}.',
  'errors.resolutionChoices': '{model} ofereix {resolutions}; s’ha demanat {asked}.',
  'errors.textOnlyModel': '{model} només crea vídeo a partir de text; treu la imatge de referència o tria un altre model.',
  'errors.imageOnlyModel': '{model} només crea vídeo a partir d’una imatge; tria una imatge de referència.',
  'errors.noPremiereProject': 'No hi ha cap projecte de Premiere Pro obert. Obre’n o crea’n un i torna-ho a provar.',
  'errors.noPremiereSequence':
    'No hi ha cap seqüència activa a Premiere Pro. Obre una seqüència al tauler Línia de temps i torna-ho a provar.',
  'errors.noResolveProject': 'Primer obre un projecte a DaVinci Resolve.',
  'errors.noResolveTimeline': 'Primer obre una línia de temps a DaVinci Resolve (pàgina Edit).',
  'errors.fillInTemplateValues': 'Primer omple {names}.',
  'errors.packKeyChanged':
    'No es pot fer servir {source}: està signat amb una clau diferent ({newKey}) de la que aquest tauler va acceptar quan es va instal·lar el paquet ({pinnedKey}). Si l’agència ha canviat de debò la clau, confirma-la amb ells i després elimina el paquet i torna’l a instal·lar.',
  'errors.createUnconfirmed': '{provider} no ha confirmat la creació ({answer}); s’està comprovant si la tasca existeix…',
  'errors.jobNotShownYet':
    '{provider} encara no mostra la tasca {jobId}; es tornarà a preguntar fins a {seconds} s després de l’enviament.',
  'errors.createNeverArrived':
    '{provider} no té cap tasca {jobId} {seconds} s després de l’enviament: la sol·licitud no hi va arribar mai, així que no s’ha cobrat res. El botó Torna-ho a provar la crea (amb el mateix identificador, per tant mai dues vegades).',
  'errors.hostOperationFailed':
    'Ha fallat l’operació «{kind, select, placeClip {Col·locació del clip} duck {Atenuació de l’àudio} recordProvenance {Registre de la procedència} readProvenance {Lectura de la procedència} importMedia {Importació} pictureSequence {Captura d’imatge de la seqüència} pictureClip {Captura d’imatge del clip} useProjectStill {Imatge fixa del projecte} readSequence {Lectura de la seqüència} readPlayhead {Lectura del capçal de reproducció} revealInBin {Mostrar a la safata} selectClips {Selecció de clips} undo {Desfer} diagnostics {Diagnòstic} other {{operation}}}»: {detail}',
  'errors.ledgerRecordsLeftOut':
    'El registre de tasques estava malmès ({unreadable, plural, one {s’ha omès # registre il·legible} other {s’han omès # registres il·legibles}}); s’ha desat a part a {path} i {count, plural, one {s’ha recuperat # tasca} other {s’han recuperat # tasques}}.',
  'errors.ledgerDamaged':
    'El registre de tasques estava malmès ({detail}); s’ha desat a part a {path} i {count, plural, one {s’ha recuperat # tasca} other {s’han recuperat # tasques}}.',
  'errors.packStoredCopyUntrusted':
    'La còpia desada d’aquest pack ja no és fiable: {reason} Elimineu la subscripció i torneu-vos a subscriure.',
  'errors.sentAgain': 'S’ha tornat a enviar a petició vostra; el primer intent ({sentAt}) potser també l’ha creat i cobrat {provider}.',
  'errors.endpointChanged': 'Creada a {createdAt}; ara la configuració indica {current}, així que s’acaba on es va crear.',
  'errors.clipWithoutAudio': '{provider} ha retornat un clip sense pista d’àudio.',
  'errors.clipLongerThanReported':
    '{provider} indicava un clip de {reportedSeconds, number, ::.########## group-off} s; el fitxer dura {fileSeconds, number, ::.0 group-off} s.',
  'errors.packReleaseOlder': 'El servidor ofereix la versió {offered}, anterior a la versió {current} que teniu; s’ha conservat la vostra.',
  'errors.packChangedSameVersion':
    'El pack del servidor ha canviat sense un número de versió nou (encara {version}); s’ha conservat el vostre. L’agència hauria d’augmentar «version».',
};
