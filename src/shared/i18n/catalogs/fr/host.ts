import type { EN_HOST } from '../en/host';
import type { AreaCatalog } from '../area-catalog';

export const FR_HOST: AreaCatalog<typeof EN_HOST> = {
  'host.itemGone': 'l’élément de projet {itemId} n’est pas dans le projet',
  'host.clipGone': 'le plan audio {clipId} n’est plus dans la séquence ; relisez la séquence',
  'host.twoEnvelopes': 'deux enveloppes pour le plan audio {clipId} ; fusionnez-les en une seule',
  'host.clipNotOnTimeline': 'le plan {clipId} n’est pas dans la séquence ; relisez la séquence',
  'host.trackIndexMissing':
    'la piste {trackKind, select, video {vidéo} audio {audio} other {{trackKind}}} d’index {trackIndex} n’existe pas',
  'host.trackOccupied':
    'la piste {track} est occupée par « {occupiedBy} » sur la durée du plan ; ClipRelay n’écrase rien sans votre demande',
  'host.resolveCannotOverwrite':
    'Resolve ne place rien sur une plage occupée et ses scripts ne savent pas raccourcir un plan ; choisissez des pistes libres',
  'host.resolveRetimed':
    'le plan a une vitesse modifiée ({percent, number} %) ; dans Resolve, ClipRelay n’atténue que les plans à vitesse normale',
  'host.sandboxDrawsNoFrames': 'ce bac à sable ne dessine aucune image',
  'host.cannotReadMedia': 'impossible de lire {mediaPath}',
  'host.noVideoClipAt': 'aucun plan vidéo à {timecode} ; placez la tête de lecture sur un plan',
  'host.cannotDrawFrame': 'impossible de dessiner une image de « {clipName} » à {timecode}',
  'host.browserCouldNotDraw': 'le navigateur n’a pas pu dessiner une image de {mediaPath}',
  'host.browserCannotDecode': 'le navigateur ne sait pas décoder l’image de {mediaPath}',
  'host.undoTimelineGone': 'la timeline modifiée par ClipRelay n’est plus dans ce projet',
  'host.resolveCannotDuckAtAll': 'cette version de Resolve ne sait ni régler le volume d’un plan ni exporter une timeline en OTIO',
  'host.resolveOtioNotExported': 'Resolve n’a pas exporté la timeline en OTIO',
  'host.resolveDuckedCopyNotImported':
    'Resolve n’a pas importé la copie atténuée « {timelineName} » : vérifiez que les médias de tous les plans sont en ligne (l’import OTIO demande Resolve 18.6 ou ultérieur)',
  'host.resolveUnreadableFrameRate': 'Resolve a indiqué une fréquence d’images illisible pour ClipRelay (« {setting} »)',
  'host.resolveUnreadableTimecode': 'Resolve a indiqué un timecode illisible pour ClipRelay (« {timecode} »)',
  'host.resolveNoPoolItemToLay': 'le plan audio « {clipName} » ne lit aucun élément du pool de médias que ClipRelay puisse reposer',
  'host.resolveClipNotLifted': 'Resolve n’a pas retiré le plan audio « {clipName} » pour y poser l’atténuation',
  'host.resolveStepNotLaid': 'Resolve a répondu mais n’a pas posé le palier d’atténuation à {atSeconds, number} s',
  'host.resolveLevelNotKept': 'Resolve n’a pas conservé {levelDb, number} dB sur le palier d’atténuation à {atSeconds, number} s',
  'host.resolveDuckNotLinked': 'Resolve n’a pas lié l’audio atténué de « {clipName} » à sa vidéo',
  'host.resolveBinNotOpened': 'Resolve n’a pas ouvert le chutier {binPath}',
  'host.resolveBinNotCreated': 'Resolve n’a pas créé le chutier « {binName} » dans « {parentName} »',
  'host.resolveMediaNotImported':
    'Resolve n’a pas importé {mediaPath} ; vérifiez que le fichier existe et que Resolve sait lire son format',
  'host.resolvePoolItemGone': 'l’élément {itemId} du pool de médias n’est plus dans le projet',
  'host.resolveTrackMissing': 'la piste {trackNumber} n’existe pas ; la prochaine nouvelle piste est la {nextTrackNumber}',
  'host.resolveTrackNotAdded': 'Resolve n’a pas ajouté de piste {trackKind, select, video {vidéo} audio {audio} other {{trackKind}}}',
  'host.resolveNothingPlaced': 'Resolve a répondu mais n’a rien placé sur {track}',
  'host.resolveVideoAudioNotLinked': 'Resolve n’a pas lié la vidéo à son audio',
  'host.resolveProvenanceNotKept': 'Resolve n’a pas conservé la provenance sur l’élément du pool de médias',
  'host.resolveNeedsClipVolume':
    'cette version de Resolve ne permet pas à un plug-in de régler le volume d’un plan (il faut Resolve 21.1 ou ultérieur) ; atténuez plutôt via une copie atténuée de la timeline',
  'host.resolveAlreadySplit': 'le plan audio « {clipName} » est déjà découpé par ClipRelay ; annulez d’abord cette atténuation',
  'host.resolveNoSoundIn': 'Resolve ne lit aucun son dans {fileName}',
  'host.resolveAudioNotTakenOut': 'Resolve n’a pas retiré l’audio de « {clipName} »',
  'host.resolveRenderNotPlaced': 'Resolve a répondu mais n’a rien placé sur {track} ; l’audio d’origine du plan est rétabli',
  'host.resolveRenderNotLinked': 'Resolve n’a pas lié l’audio rendu à « {clipName} » ; l’audio d’origine du plan est rétabli',
  'host.renderedClipUnreadable': 'le plan audio {clipId} ne lit aucun fichier lisible par ClipRelay ; relisez la séquence',
  'host.alreadyRendered':
    '« {clipName} » lit déjà le rendu atténué de ClipRelay ; appuyez sur « Annuler la dernière modification ClipRelay » pour rétablir son audio, puis atténuez à nouveau',
  'host.premiereClipLeftTimeline':
    'le plan audio {clipId} n’est plus dans la séquence ; relisez la séquence (les identifiants de plan changent quand la séquence est modifiée)',
  'host.premiereNoVolumeEffect': 'le plan audio {clipId} n’a pas d’effet Volume',
  'host.premiereLevelNotANumber': 'le niveau de volume du plan audio {clipId} n’est pas un nombre',
  'host.premiereFrameNotExported': 'Premiere n’a pas pu exporter l’image à {timecode}',
  'host.premiereFrameExportDeclined': 'Premiere a refusé d’exporter l’image à {timecode}',
  'host.premiereExportedFrameMissing':
    'Premiere indique avoir exporté l’image, mais {fileName} n’est pas dans le dossier de données du plug-in',
  'host.stillNotAnImage': '« {itemName} » n’est pas une image PNG ou JPEG',
  'host.stillUnreadable': 'impossible de lire {mediaPath} ; reliez-le dans le projet et réessayez',
  'host.stillGone': 'l’élément n’est plus dans le projet ; choisissez-en un autre',
  'host.premiereTimebaseUnreadable': 'Premiere a indiqué la base de temps « {timebase} », qui n’est pas un nombre de ticks par image',
  'host.premiereMetadataColumnRefused': 'Premiere a refusé la colonne de métadonnées « {column} » : {hostSaid}',
  'host.premiereMetadataNotEditable': 'impossible de modifier les métadonnées de projet de « {itemName} » : {hostSaid}',
  'host.premiereMetadataNotKept': 'Premiere n’a pas conservé les colonnes de métadonnées ClipRelay sur « {itemName} »',
  'host.premiereEditNotPrepared': 'la modification {step} sur {stepCount} n’a pas pu être préparée ({hostSaid}) ; rien n’a été changé',
  'host.premiereTransactionFailed': 'la transaction a échoué dans Premiere ({hostSaid}) ; rien n’a été changé',
  'host.premiereFirstEditRefused': 'Premiere a refusé la modification 1 sur {stepCount} ; rien n’a été changé',
  'host.premiereNotCommitted': 'Premiere n’a pas validé la transaction ; rien n’a été changé',
  'host.premierePartialTransaction':
    'Premiere a refusé la modification {refusedStep} sur {stepCount} ; {appliedCount, plural, one {la modification précédente a été appliquée} many {les # modifications précédentes ont été appliquées} other {les # modifications précédentes ont été appliquées}} en une seule étape d’annulation — Édition › Annuler « {undoLabel} » les annule',
  'host.premiereNoFramesFolder': 'ce panneau a été lancé sans dossier pour les images',
  'host.premiereMediaLeftProject': '{mediaPath} n’est plus dans le projet ; importez-le à nouveau',
  'host.premiereNoMediaLength': 'Premiere n’indique aucune durée de média pour {mediaPath}',
  'host.premierePlacedClipMissing':
    'Premiere a accepté la modification, mais aucun plan de {mediaPath} n’est apparu à {atSeconds, number} s',
  'host.premiereClipsShifted':
    'Premiere a déplacé {count, plural, one {# plan qui commence} many {# plans qui commencent} other {# plans qui commencent}} après {afterSeconds, number, ::.00} s en ajoutant la nouvelle piste ; Édition › Annuler « {undoLabel} » les remet en place (merci d’envoyer le rapport de diagnostic)',
  'host.premiereRetimed':
    'le plan a une vitesse modifiée ({retiming, select, reversed {il est lu à l’envers} speedReversed {vitesse {percent, number} %, lu à l’envers} other {vitesse {percent, number} %}}) ; ClipRelay n’atténue pas encore ces plans — atténuez celui-ci à la main',
  'host.premiereKeyframesNotRecorded': 'impossible d’enregistrer les images clés de ClipRelay sur « {itemName} »',
  'host.premiereGainNotKept':
    'Premiere n’a pas conservé toutes les images clés du plan audio {clipId} ({differences}) ; Édition › Annuler « {undoLabel} » annule toute l’atténuation — merci d’envoyer le rapport de diagnostic',
  'host.premiereImportThrew': 'Premiere n’a pas pu importer {mediaPath} : {hostSaid}',
  'host.premiereImportRefused': 'Premiere n’a pas pu importer {mediaPath}',
  'host.premiereImportedItemMissing':
    'Premiere indique avoir importé {mediaPath}, mais il n’est pas apparu dans le chutier « {binPath} » après {lookupCount, plural, one {# recherche} many {# recherches} other {# recherches}}',
  'host.premiereCreatedBinMissing': 'Premiere a créé le chutier, mais il est introuvable',
};
