import type { EN_HOST } from '../en/host';
import type { AreaCatalog } from '../area-catalog';

export const CA_HOST: AreaCatalog<typeof EN_HOST> = {
  'host.itemGone': 'l’element de projecte {itemId} no és al projecte',
  'host.clipGone': 'el clip d’àudio {clipId} ja no és a la seqüència; torneu a llegir la seqüència',
  'host.twoEnvelopes': 'dues envolupants per al clip d’àudio {clipId}; fusioneu-les en una',
  'host.clipNotOnTimeline': 'el clip {clipId} no és a la seqüència; torneu a llegir la seqüència',
  'host.trackIndexMissing':
    'la pista {trackKind, select, video {de vídeo} audio {d’àudio} other {{trackKind}}} d’índex {trackIndex} no existeix',
  'host.trackOccupied': 'la pista {track} està ocupada per «{occupiedBy}» durant el clip; ClipRelay no sobreescriu res si no ho demaneu',
  'host.resolveCannotOverwrite':
    'Resolve no col·loca res sobre un tram ocupat i els seus scripts no poden retallar clips; trieu pistes lliures',
  'host.resolveRetimed':
    'el clip té la velocitat canviada ({percent, number} %); a Resolve, ClipRelay només atenua clips a velocitat normal',
  'host.sandboxDrawsNoFrames': 'aquest entorn de proves no dibuixa fotogrames',
  'host.cannotReadMedia': 'no es pot llegir {mediaPath}',
  'host.noVideoClipAt': 'no hi ha cap clip de vídeo a {timecode}; porteu el capçal de reproducció sobre un',
  'host.cannotDrawFrame': 'no es pot dibuixar un fotograma de «{clipName}» a {timecode}',
  'host.browserCouldNotDraw': 'el navegador no ha pogut dibuixar un fotograma de {mediaPath}',
  'host.browserCannotDecode': 'el navegador no pot descodificar la imatge de {mediaPath}',
  'host.undoTimelineGone': 'la línia de temps que ClipRelay va canviar ja no és en aquest projecte',
  'host.resolveCannotDuckAtAll': 'aquest Resolve no pot ajustar el volum d’un clip ni exportar una línia de temps en OTIO',
  'host.resolveOtioNotExported': 'Resolve no ha exportat la línia de temps en OTIO',
  'host.resolveDuckedCopyNotImported':
    'Resolve no ha importat la còpia atenuada «{timelineName}»: comproveu que els mitjans de tots els clips estan en línia (la importació OTIO necessita Resolve 18.6 o posterior)',
  'host.resolveUnreadableFrameRate': 'Resolve ha indicat una freqüència de fotogrames que ClipRelay no pot llegir («{setting}»)',
  'host.resolveUnreadableTimecode': 'Resolve ha indicat un codi de temps que ClipRelay no pot llegir («{timecode}»)',
  'host.resolveNoPoolItemToLay':
    'el clip d’àudio «{clipName}» no reprodueix cap element del Media Pool que ClipRelay pugui tornar a col·locar',
  'host.resolveClipNotLifted': 'Resolve no ha retirat el clip d’àudio «{clipName}» per col·locar-hi l’atenuació',
  'host.resolveStepNotLaid': 'Resolve ha respost però no ha col·locat el graó de l’atenuació a {atSeconds, number} s',
  'host.resolveLevelNotKept': 'Resolve no ha mantingut {levelDb, number} dB al graó de l’atenuació a {atSeconds, number} s',
  'host.resolveDuckNotLinked': 'Resolve no ha enllaçat l’àudio atenuat de «{clipName}» amb el seu vídeo',
  'host.resolveBinNotOpened': 'Resolve no ha obert la safata {binPath}',
  'host.resolveBinNotCreated': 'Resolve no ha creat la safata «{binName}» dins de «{parentName}»',
  'host.resolveMediaNotImported':
    'Resolve no ha importat {mediaPath}; comproveu que el fitxer existeix i que Resolve pot llegir-ne el format',
  'host.resolvePoolItemGone': 'l’element {itemId} del Media Pool ja no és al projecte',
  'host.resolveTrackMissing': 'la pista {trackNumber} no existeix; la següent pista nova és la {nextTrackNumber}',
  'host.resolveTrackNotAdded': 'Resolve no ha afegit cap pista {trackKind, select, video {de vídeo} audio {d’àudio} other {{trackKind}}}',
  'host.resolveNothingPlaced': 'Resolve ha respost però no ha col·locat res a {track}',
  'host.resolveVideoAudioNotLinked': 'Resolve no ha enllaçat el vídeo amb el seu àudio',
  'host.resolveProvenanceNotKept': 'Resolve no ha mantingut la procedència a l’element del Media Pool',
  'host.resolveNeedsClipVolume':
    'aquest Resolve no deixa que un connector ajusti el volum d’un clip (cal Resolve 21.1 o posterior); atenueu-lo amb una còpia atenuada de la línia de temps',
  'host.resolveAlreadySplit': 'el clip d’àudio «{clipName}» ja està dividit per ClipRelay; primer desfeu aquella atenuació',
  'host.resolveNoSoundIn': 'Resolve no llegeix cap so a {fileName}',
  'host.resolveAudioNotTakenOut': 'Resolve no ha tret l’àudio de «{clipName}»',
  'host.resolveRenderNotPlaced': 'Resolve ha respost però no ha col·locat res a {track}; el clip torna a tenir el seu àudio',
  'host.resolveRenderNotLinked': 'Resolve no ha enllaçat l’àudio renderitzat amb «{clipName}»; el clip torna a tenir el seu àudio',
  'host.renderedClipUnreadable':
    'el clip d’àudio {clipId} no reprodueix cap fitxer que ClipRelay pugui llegir; torneu a llegir la seqüència',
  'host.alreadyRendered':
    '«{clipName}» ja reprodueix el render atenuat de ClipRelay; premeu «Desfés l’últim canvi de ClipRelay» per recuperar-ne l’àudio i torneu a atenuar',
  'host.premiereClipLeftTimeline':
    'el clip d’àudio {clipId} ja no és a la seqüència; torneu a llegir la seqüència (els identificadors dels clips canvien quan s’edita la seqüència)',
  'host.premiereNoVolumeEffect': 'el clip d’àudio {clipId} no té l’efecte Volum',
  'host.premiereLevelNotANumber': 'el nivell de volum del clip d’àudio {clipId} no és un nombre',
  'host.premiereFrameNotExported': 'Premiere no ha pogut exportar el fotograma a {timecode}',
  'host.premiereFrameExportDeclined': 'Premiere s’ha negat a exportar el fotograma a {timecode}',
  'host.premiereExportedFrameMissing':
    'Premiere diu que ha exportat el fotograma, però {fileName} no és a la carpeta de dades del connector',
  'host.stillNotAnImage': '«{itemName}» no és una imatge PNG ni JPEG',
  'host.stillUnreadable': 'no es pot llegir {mediaPath}; torneu-lo a enllaçar al projecte i proveu-ho de nou',
  'host.stillGone': 'l’element ja no és al projecte; trieu-ne un altre',
  'host.premiereTimebaseUnreadable': 'Premiere ha indicat la base de temps «{timebase}», que no és un nombre de tics per fotograma',
  'host.premiereMetadataColumnRefused': 'Premiere ha rebutjat la columna de metadades «{column}»: {hostSaid}',
  'host.premiereMetadataNotEditable': 'no es poden editar les metadades de projecte de «{itemName}»: {hostSaid}',
  'host.premiereMetadataNotKept': 'Premiere no ha mantingut les columnes de metadades de ClipRelay a «{itemName}»',
  'host.premiereEditNotPrepared': 'no s’ha pogut preparar l’edició {step} de {stepCount} ({hostSaid}); no s’ha canviat res',
  'host.premiereTransactionFailed': 'la transacció ha fallat a Premiere ({hostSaid}); no s’ha canviat res',
  'host.premiereFirstEditRefused': 'Premiere ha rebutjat l’edició 1 de {stepCount}; no s’ha canviat res',
  'host.premiereNotCommitted': 'Premiere no ha confirmat la transacció; no s’ha canviat res',
  'host.premierePartialTransaction':
    'Premiere ha rebutjat l’edició {refusedStep} de {stepCount}; {appliedCount, plural, one {l’edició anterior s’ha aplicat} other {les # edicions anteriors s’han aplicat}} com un sol pas de desfer — Edita › Desfés «{undoLabel}» les reverteix',
  'host.premiereNoFramesFolder': 'aquest tauler s’ha obert sense carpeta per als fotogrames',
  'host.premiereMediaLeftProject': '{mediaPath} ja no és al projecte; torneu-lo a importar',
  'host.premiereNoMediaLength': 'Premiere no indica cap durada de mitjà per a {mediaPath}',
  'host.premierePlacedClipMissing': 'Premiere ha acceptat l’edició però no ha aparegut cap clip de {mediaPath} a {atSeconds, number} s',
  'host.premiereClipsShifted':
    'Premiere ha mogut {count, plural, one {# clip que comença} other {# clips que comencen}} després de {afterSeconds, number, ::.00} s en afegir la pista nova; Edita › Desfés «{undoLabel}» els torna al seu lloc (envieu l’informe de diagnòstic, si us plau)',
  'host.premiereRetimed':
    'el clip té la velocitat canviada ({retiming, select, reversed {es reprodueix al revés} speedReversed {velocitat {percent, number} %, al revés} other {velocitat {percent, number} %}}); ClipRelay encara no atenua aquests clips — atenueu aquest a mà',
  'host.premiereKeyframesNotRecorded': 'no es poden registrar els fotogrames clau de ClipRelay a «{itemName}»',
  'host.premiereGainNotKept':
    'Premiere no ha mantingut tots els fotogrames clau del clip d’àudio {clipId} ({differences}); Edita › Desfés «{undoLabel}» reverteix tota l’atenuació — envieu l’informe de diagnòstic, si us plau',
  'host.premiereImportThrew': 'Premiere no ha pogut importar {mediaPath}: {hostSaid}',
  'host.premiereImportRefused': 'Premiere no ha pogut importar {mediaPath}',
  'host.premiereImportedItemMissing':
    'Premiere diu que ha importat {mediaPath}, però no ha aparegut a la safata «{binPath}» després de {lookupCount, plural, one {# cerca} other {# cerques}}',
  'host.premiereCreatedBinMissing': 'Premiere ha creat la safata, però no es troba',
};
