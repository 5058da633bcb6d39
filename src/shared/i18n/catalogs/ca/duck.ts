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
  'duck.findingSpeech': 'S’està cercant la veu a {name}…',
  'duck.measuring': 'S’està mesurant',
  'duck.planned': 'Previst per la previsualització; encara no escrit',
  'duck.clipsDucked': '{count, plural, =0 {Cap clip atenuat} one {# clip atenuat} other {# clips atenuats}}',
  'duck.sensitivityNote':
    'La sensibilitat i els marges s’apliquen quan s’atenua on parla la veu; els clips de veu sencers no els tenen en compte.',
  'duck.otherLeftAlone': 'Les pistes marcades com a Altres no es toquen si no es marca Altres; les pistes de veu no es modifiquen mai.',
  'duck.keyframeCount': '{count, plural, one {# fotograma clau} other {# fotogrames clau}}',
  'duck.exportPreviewFirst': 'Primer previsualitza: l’exportació porta l’atenuació previsualitzada',
  'duck.presets': 'Preajustos d’atenuació',
};
