import type { EN_DUCK } from '../en/duck';
import type { AreaCatalog } from '../area-catalog';

export const FR_DUCK: AreaCatalog<typeof EN_DUCK> = {
  'duck.voiceTrack': 'Piste de voix off',
  'duck.rolesField': 'Baisser ces rôles',
  'duck.rolesHeading': 'Rôles des pistes (mémorisés pour cette séquence)',
  'duck.where': 'Où baisser',
  'duck.reduceByDb': 'Baisse (dB)',
  'duck.fadeDownSeconds': 'Descente (s)',
  'duck.fadeUpSeconds': 'Remontée (s)',
  'duck.holdSeconds': 'Maintien (s)',
  'duck.paddingBeforeSeconds': 'Marge avant la parole (s)',
  'duck.paddingAfterSeconds': 'Marge après la parole (s)',
  'duck.fadeShape': 'Forme du fondu',
  'duck.shapeLinear': 'Linéaire',
  'duck.shapeSmooth': 'Douce (courbe en S, 3 images clés de plus par fondu)',
  'duck.preview': 'Aperçu',
  'duck.apply': 'Appliquer ces réglages',
  'duck.exportTimeline': 'Exporter la timeline baissée',
  'duck.timelineFormat': 'Format de timeline',
  'duck.nothingToDuck': 'Rien à baisser : aucun autre son ne chevauche la voix off.',
  'duck.findingSpeech': 'Recherche de la parole dans {name}…',
  'duck.measuring': 'Mesure',
  'duck.planned': 'Prévu par l’aperçu ; pas encore écrit',
  'duck.clipsDucked': '{count, plural, =0 {Aucun clip baissé} one {# clip baissé} other {# clips baissés}}',
  'duck.sensitivityNote':
    'La sensibilité et les marges servent quand on baisse là où la voix parle ; les clips de voix entiers les ignorent.',
  'duck.otherLeftAlone': 'Les pistes « Autre » restent intactes sauf si Autre est coché ; les pistes de voix ne sont jamais modifiées.',
  'duck.keyframeCount': '{count, plural, one {# image clé} other {# images clés}}',
  'duck.exportPreviewFirst': 'Faites d’abord l’aperçu : l’export reprend la baisse prévisualisée',
  'duck.presets': 'Préréglages de baisse',
};
