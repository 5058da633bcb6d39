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
  'duck.clipsDucked':
    '{count, plural, =0 {Nie wyciszono klipów} one {Wyciszono # klip} few {Wyciszono # klipy} many {Wyciszono # klipów} other {Wyciszono # klipu}}',
  'duck.sensitivityNote': 'Czułość i zapasy działają przy wyciszaniu tam, gdzie mówi głos; całe klipy głosu je pomijają.',
  'duck.otherLeftAlone': 'Ścieżki „Inne” pozostają nietknięte, chyba że zaznaczono Inne; ścieżki głosu nigdy nie są zmieniane.',
  'duck.exportPreviewFirst': 'Najpierw podgląd: eksport zawiera wyciszenie z podglądu',
  'duck.presets': 'Presety wyciszania',
  'duck.settingsLegend': 'Ustawienia',
  'duck.startFrom': 'Zacznij od',
  'duck.sensitivityRange': 'Czułość ({min}–{max})',
  'duck.lockedBy': 'Zablokowane przez {pack}',
  'duck.itsPresetPack': 'jego pakiet presetów',
  'duck.exactValue': '{label}, dokładna wartość',
  'duck.whereSpeech': 'mówi głos (mowa wykryta w jego mediach)',
  'duck.whereClips': 'są klipy głosu (całe klipy)',
  'duck.roleOfTrack': 'Rola ścieżki {track}',
  'duck.onlySelectedClips': 'Tylko zaznaczone klipy ({count})',
  'duck.couldNotRememberRole': 'Nie udało się zapamiętać roli ścieżki: {reason}',
  'duck.pickVoiceTrackFirst': 'Najpierw wybierz ścieżkę lektora.',
  'duck.duckedSummary':
    '{clips, plural, one {Wyciszono # klip} few {Wyciszono # klipy} many {Wyciszono # klipów} other {Wyciszono # klipu}} pod {regions, plural, one {# fragmentem głosu} few {# fragmentami głosu} many {# fragmentami głosu} other {# fragmentu głosu}} ({keyframes, plural, one {# klatka kluczowa} few {# klatki kluczowe} many {# klatek kluczowych} other {# klatki kluczowej}}, jeden krok cofania).',
  'duck.voiceRegions':
    '{count, plural, one {# fragment głosu} few {# fragmenty głosu} many {# fragmentów głosu} other {# fragmentu głosu}}: {spans}',
  'duck.span': '{start}–{end} s',
  'duck.spanSeparator': ', ',
  'duck.progressVoice': 'Szukanie mowy w {file} ({index}/{count})',
  'duck.progressVoicePercent': 'Szukanie mowy w {file} ({index}/{count}) {fraction, number, percent}',
  'duck.progressMeasuring': 'Pomiar {file} ({index}/{count})',
  'duck.progressMeasuringPercent': 'Pomiar {file} ({index}/{count}) {fraction, number, percent}',
  'duck.reading': 'Odczyt {file}',
  'duck.plannedGainFor': 'Planowane wzmocnienie dla {clip}',
  'duck.envelopeCaption':
    '{clip}: {count, plural, one {# klatka kluczowa} few {# klatki kluczowe} many {# klatek kluczowych} other {# klatki kluczowej}}, {start}–{end} s',
  'duck.presetLight': 'Lekkie',
  'duck.presetStandard': 'Standardowe',
  'duck.presetStrong': 'Mocne',
  'duck.presetWithDepth': '{name} ({depth} dB)',
  'duck.customFrom': 'Własne (na bazie: {name})',
  'duck.duckedSummarySteps':
    '{clips, plural, one {Wyciszono # klip} few {Wyciszono # klipy} many {Wyciszono # klipów} other {Wyciszono # klipu}} pod {regions, plural, one {# fragmentem głosu} few {# fragmentami głosu} many {# fragmentami głosu} other {# fragmentu głosu}} (jako stopnie poziomu, nie klatki kluczowe; jeden krok cofania).',
  'duck.warnRetimed':
    '„{clip}” na A{track} ma zmienione tempo ({retiming}); {host} nie umie jeszcze niezawodnie umieścić na nim klatek kluczowych wyciszenia, więc pozostał bez zmian.',
  'duck.retimedSpeed': 'prędkość {percent} %',
  'duck.retimedReversed': 'odwrócony',
  'duck.retimedSpeedReversed': 'prędkość {percent} %, odwrócony',
  'duck.warnNotListenable': '„{clip}” na A{track} nie da się odsłuchać ({reason}); wyciszanie pod całym klipem.',
  'duck.warnGapNeedsMedia': '{preset}: docelowa różnica wymaga plików multimedialnych; wyciszanie o stałe {depthDb, number} dB.',
  'duck.warnNoVoiceLoudness': 'Głos nie ma mierzalnej głośności pod mową; wyciszanie o stałe {depthDb, number} dB.',
  'duck.warnUnreadWholeClip': '{problem} — wyciszanie pod całym klipem.',
  'duck.warnUnreadVoiceLoudness': '{problem} — pominięty w pomiarze głośności głosu.',
  'duck.warnUnreadFixedDepth': '{problem} — wyciszanie o stałe {depthDb, number} dB.',
  'duck.noteRecordUnread':
    '„{clip}”: ClipRelay nie mógł odczytać, które klatki kluczowe wcześniej tu zapisał ({problem}), więc zachował je jak Twoje. Jeśli klip ścisza się teraz dwa razy, cofnij, usuń stare klatki kluczowe wyciszenia i wycisz ponownie.',
  'duck.noteColumnUnregistered':
    '„{item}”: ClipRelay nie mógł zanotować, które klatki kluczowe zapisał (nie udało się zarejestrować jego kolumny: {problem}); ponowne wyciszenie doda kolejne zamiast je zastąpić, więc najpierw cofnij to wyciszenie.',
  'duck.noteMetadataUnread':
    '„{item}”: ClipRelay nie mógł zanotować, które klatki kluczowe zapisał (Premiere nie podał jego metadanych: {problem}); ponowne wyciszenie doda kolejne zamiast je zastąpić, więc najpierw cofnij to wyciszenie.',
  'duck.noteRenderedSwap':
    'Ta wersja Resolve nie pozwala wtyczce zmienić głośności klipu (pojawiło się to w 21.1), więc ClipRelay wyrenderował wyciszony dźwięk do nowych plików obok oryginałów ({files}) i podstawił je jako dźwięk klipów, połączony z obrazem. „Cofnij ostatnią zmianę ClipRelay” przywraca oryginalny dźwięk.',
  'duck.noteTimelineCopy':
    'Ta wersja Resolve nie pozwala wtyczce zmienić głośności klipu (pojawiło się to w 21.1), więc ClipRelay wyciszył kopię osi czasu przez eksport OTIO samego Resolve i ją otworzył: „{timeline}”. Oryginalna oś czasu jest nietknięta; „Cofnij ostatnią zmianę ClipRelay” usuwa kopię.',
  'duck.resolvePathLabel': 'Wyciszaj w Resolve przez',
  'duck.resolvePathTimelineCopy': 'Wyciszoną kopię osi czasu',
  'duck.resolvePathRenderedAudio': 'Podmianę na wyrenderowany dźwięk',
  'duck.resolveCopyOnlyNote':
    'Ta wersja Resolve nie pozwala wtyczce zmienić głośności klipu (pojawiło się to w 21.1). ClipRelay wycisza kopię osi czasu (przez OTIO); oryginał zostaje bez zmian.',
  'duck.resolveTimelineCopyNote':
    'Ta wersja Resolve nie pozwala wtyczce zmienić głośności klipu (pojawiło się to w 21.1). Otworzy się nowa oś czasu z wyciszeniem jako klatki kluczowe głośności; oryginał zostaje bez zmian.',
  'duck.resolveRenderedAudioNote':
    'Ta wersja Resolve nie pozwala wtyczce zmienić głośności klipu (pojawiło się to w 21.1). Dźwięk każdego wyciszanego klipu jest renderowany do nowego pliku WAV obok i podstawiany jako jego dźwięk, połączony z obrazem.',
};
