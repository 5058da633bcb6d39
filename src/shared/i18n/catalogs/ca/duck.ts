import type { EN_DUCK } from '../en/duck';
import type { AreaCatalog } from '../area-catalog';

export const CA_DUCK: AreaCatalog<typeof EN_DUCK> = {
  'duck.voiceTrack': 'Pista de veu en off',
  'duck.rolesField': 'Atenua aquests rols',
  'duck.rolesHeading': 'Rols de les pistes (recordats per a aquesta seqüència)',
  'duck.where': 'On atenuar',
  'duck.reduceByDb': 'Redueix (dB)',
  'duck.fadeDownSeconds': 'Baixada (s)',
  'duck.fadeUpSeconds': 'Pujada (s)',
  'duck.holdSeconds': 'Manteniment (s)',
  'duck.paddingBeforeSeconds': 'Marge abans de la veu (s)',
  'duck.paddingAfterSeconds': 'Marge després de la veu (s)',
  'duck.fadeShape': 'Forma de la fosa',
  'duck.shapeLinear': 'Lineal',
  'duck.shapeSmooth': 'Suau (corba en S, 3 fotogrames clau més per fosa)',
  'duck.preview': 'Previsualitza',
  'duck.apply': 'Aplica aquesta configuració',
  'duck.exportTimeline': 'Exporta la línia de temps atenuada',
  'duck.timelineFormat': 'Format de línia de temps',
  'duck.nothingToDuck': 'Res a atenuar: cap altre àudio no coincideix amb la veu en off.',
  'duck.clipsDucked': '{count, plural, =0 {Cap clip atenuat} one {# clip atenuat} other {# clips atenuats}}',
  'duck.sensitivityNote':
    'La sensibilitat i els marges s’apliquen quan s’atenua on parla la veu; els clips de veu sencers no els tenen en compte.',
  'duck.otherLeftAlone': 'Les pistes marcades com a Altres no es toquen si no es marca Altres; les pistes de veu no es modifiquen mai.',
  'duck.exportPreviewFirst': 'Primer previsualitza: l’exportació porta l’atenuació previsualitzada',
  'duck.presets': 'Preajustos d’atenuació',
  'duck.settingsLegend': 'Configuració',
  'duck.startFrom': 'Parteix de',
  'duck.sensitivityRange': 'Sensibilitat ({min}–{max})',
  'duck.lockedBy': 'Bloquejat per {pack}',
  'duck.itsPresetPack': 'el seu paquet de preajustos',
  'duck.exactValue': '{label}, valor exacte',
  'duck.whereSpeech': 'parla la veu (veu detectada al seu mitjà)',
  'duck.whereClips': 'hi ha clips de veu (clips sencers)',
  'duck.roleOfTrack': 'Funció de {track}',
  'duck.onlySelectedClips': 'Només els clips seleccionats ({count})',
  'duck.couldNotRememberRole': 'No s’ha pogut recordar la funció de la pista: {reason}',
  'duck.pickVoiceTrackFirst': 'Tria primer la pista de veu en off.',
  'duck.duckedSummary':
    '{clips, plural, one {# clip atenuat} other {# clips atenuats}} sota {regions, plural, one {# zona de veu} other {# zones de veu}} ({keyframes, plural, one {# fotograma clau} other {# fotogrames clau}}, un sol pas per desfer).',
  'duck.voiceRegions': '{count, plural, one {# zona de veu} other {# zones de veu}}: {spans}',
  'duck.span': '{start}–{end} s',
  'duck.spanSeparator': ', ',
  'duck.progressVoice': 'Cercant la veu a {file} ({index}/{count})',
  'duck.progressVoicePercent': 'Cercant la veu a {file} ({index}/{count}) {fraction, number, percent}',
  'duck.progressMeasuring': 'Mesurant {file} ({index}/{count})',
  'duck.progressMeasuringPercent': 'Mesurant {file} ({index}/{count}) {fraction, number, percent}',
  'duck.reading': 'Llegint {file}',
  'duck.plannedGainFor': 'Guany previst per a {clip}',
  'duck.envelopeCaption': '{clip}: {count, plural, one {# fotograma clau} other {# fotogrames clau}}, {start}–{end} s',
  'duck.presetLight': 'Suau',
  'duck.presetStandard': 'Estàndard',
  'duck.presetStrong': 'Fort',
  'duck.presetWithDepth': '{name} ({depth} dB)',
  'duck.customFrom': 'Personalitzat (a partir de {name})',
  'duck.duckedSummarySteps':
    '{clips, plural, one {# clip atenuat} other {# clips atenuats}} sota {regions, plural, one {# zona de veu} other {# zones de veu}} (com a trams de nivell, no fotogrames clau; es desfà en un sol pas).',
  'duck.warnRetimed':
    '«{clip}» a A{track} té la velocitat canviada ({retiming}); {host} encara no hi pot posar fotogrames clau d’atenuació de manera fiable, així que s’ha deixat tal com era.',
  'duck.retimedSpeed': 'velocitat {percent} %',
  'duck.retimedReversed': 'invertit',
  'duck.retimedSpeedReversed': 'velocitat {percent} %, invertit',
  'duck.warnNotListenable': '«{clip}» a A{track} no es pot escoltar ({reason}); s’atenua sota tot el clip.',
  'duck.warnGapNeedsMedia':
    '{preset}: una diferència objectiu necessita els fitxers multimèdia; s’atenua amb els {depthDb, number} dB fixos.',
  'duck.warnNoVoiceLoudness': 'La veu no té una sonoritat mesurable sota la parla; s’atenua amb els {depthDb, number} dB fixos.',
  'duck.warnUnreadWholeClip': '{problem} — s’atenua sota tot el clip.',
  'duck.warnUnreadVoiceLoudness': '{problem} — la sonoritat de la veu no el compta.',
  'duck.warnUnreadFixedDepth': '{problem} — s’atenua amb els {depthDb, number} dB fixos.',
  'duck.noteRecordUnread':
    '«{clip}»: ClipRelay no ha pogut llegir quins fotogrames clau hi havia escrit ({problem}), així que els ha mantingut com si fossin vostres. Si ara el clip baixa dues vegades, desfeu, suprimiu els fotogrames clau d’atenuació antics i torneu a atenuar.',
  'duck.noteColumnUnregistered':
    '«{item}»: ClipRelay no ha pogut anotar quins fotogrames clau ha escrit (no s’ha pogut registrar la seva columna: {problem}); si el torneu a atenuar s’hi afegiran en lloc de substituir-los, així que desfeu aquesta atenuació abans.',
  'duck.noteMetadataUnread':
    '«{item}»: ClipRelay no ha pogut anotar quins fotogrames clau ha escrit (Premiere no n’ha donat les metadades: {problem}); si el torneu a atenuar s’hi afegiran en lloc de substituir-los, així que desfeu aquesta atenuació abans.',
  'duck.noteRenderedSwap':
    'Aquest Resolve no deixa que un connector canviï el volum d’un clip (va arribar amb la 21.1), així que ClipRelay ha renderitzat el so atenuat en fitxers nous al costat dels originals ({files}) i els ha posat com a àudio dels clips, enllaçats a la seva imatge. «Desfés l’últim canvi de ClipRelay» hi torna l’àudio original.',
  'duck.noteTimelineCopy':
    'Aquest Resolve no deixa que un connector canviï el volum d’un clip (va arribar amb la 21.1), així que ClipRelay ha atenuat una còpia de la línia de temps amb l’exportació OTIO del mateix Resolve i l’ha oberta: «{timeline}». La línia de temps original queda intacta; «Desfés l’últim canvi de ClipRelay» n’esborra la còpia.',
  'duck.resolvePathLabel': 'Atenua a Resolve amb',
  'duck.resolvePathTimelineCopy': 'Còpia atenuada de la línia de temps',
  'duck.resolvePathRenderedAudio': 'Àudio renderitzat en lloc de l’original',
  'duck.resolveCopyOnlyNote':
    'Aquest Resolve no deixa que un connector canviï el volum d’un clip (va arribar amb la 21.1). ClipRelay atenua una còpia de la línia de temps (anada i tornada OTIO); l’original queda tal com és.',
  'duck.resolveTimelineCopyNote':
    'Aquest Resolve no deixa que un connector canviï el volum d’un clip (va arribar amb la 21.1). S’obre una línia de temps nova amb l’atenuació com a fotogrames clau de volum; l’original queda tal com és.',
  'duck.resolveRenderedAudioNote':
    'Aquest Resolve no deixa que un connector canviï el volum d’un clip (va arribar amb la 21.1). El so de cada clip atenuat es renderitza en un WAV nou al costat i el substitueix com a àudio, enllaçat a la seva imatge.',
};
