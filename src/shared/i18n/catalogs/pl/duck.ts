import type { EN_DUCK } from '../en/duck';
import type { AreaCatalog } from '../area-catalog';

export const PL_DUCK: AreaCatalog<typeof EN_DUCK> = {
  'duck.voiceTrack': 'Ścieżka lektora',
  'duck.rolesField': 'Wyciszaj te role',
  'duck.rolesHeading': 'Role ścieżek (zapamiętane dla tej sekwencji)',
  'duck.where': 'Gdzie wyciszać',
  'duck.reduceByDb': 'Obniż o (dB)',
  'duck.fadeDownSeconds': 'Wyciszanie (s)',
  'duck.fadeUpSeconds': 'Powrót (s)',
  'duck.holdSeconds': 'Przytrzymanie (s)',
  'duck.paddingBeforeSeconds': 'Zapas przed mową (s)',
  'duck.paddingAfterSeconds': 'Zapas po mowie (s)',
  'duck.fadeShape': 'Kształt przejścia',
  'duck.shapeLinear': 'Liniowy',
  'duck.shapeSmooth': 'Łagodny (krzywa S, 3 klatki kluczowe więcej na przejście)',
  'duck.preview': 'Podgląd',
  'duck.apply': 'Zastosuj te ustawienia',
  'duck.exportTimeline': 'Eksportuj wyciszoną oś czasu',
  'duck.timelineFormat': 'Format osi czasu',
  'duck.nothingToDuck': 'Nic do wyciszenia: żaden inny dźwięk nie nakłada się na lektora.',
  'duck.findingSpeech': 'Szukanie mowy w {name}…',
  'duck.measuring': 'Pomiar',
  'duck.planned': 'Zaplanowane w podglądzie; jeszcze nie zapisane',
  'duck.clipsDucked':
    '{count, plural, =0 {Nie wyciszono klipów} one {Wyciszono # klip} few {Wyciszono # klipy} many {Wyciszono # klipów} other {Wyciszono # klipu}}',
  'duck.sensitivityNote': 'Czułość i zapasy działają przy wyciszaniu tam, gdzie mówi głos; całe klipy głosu je pomijają.',
  'duck.otherLeftAlone': 'Ścieżki „Inne” pozostają nietknięte, chyba że zaznaczono Inne; ścieżki głosu nigdy nie są zmieniane.',
  'duck.keyframeCount':
    '{count, plural, one {# klatka kluczowa} few {# klatki kluczowe} many {# klatek kluczowych} other {# klatki kluczowej}}',
  'duck.exportPreviewFirst': 'Najpierw podgląd: eksport zawiera wyciszenie z podglądu',
  'duck.presets': 'Presety wyciszania',
};
