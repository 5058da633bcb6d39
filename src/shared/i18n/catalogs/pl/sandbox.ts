import type { EN_SANDBOX } from '../en/sandbox';
import type { AreaCatalog } from '../area-catalog';

export const PL_SANDBOX: AreaCatalog<typeof EN_SANDBOX> = {
  'sandbox.intro':
    'Piaskownica: sekwencja w pamięci, emulowani dostawcy, bez klucza, bez kosztów. Kliknij linijkę, aby przesunąć głowicę odtwarzania.',
  'sandbox.play': 'Odtwórz',
  'sandbox.stop': 'Zatrzymaj',
  'sandbox.playTitle': 'Odtwórz dźwięk sekwencji od głowicy odtwarzania, z krzywą wzmocnienia każdego klipu',
  'sandbox.stopTitle': 'Zatrzymaj odtwarzanie (głowica zostaje tam, gdzie się zatrzymała)',
  'sandbox.undo': 'Cofnij',
  'sandbox.undoTitle': 'Cofnij: {label}',
  'sandbox.nothingToUndo': 'Nie ma nic do cofnięcia',
  'sandbox.resetDemo': 'Przywróć demo',
  'sandbox.resetDemoTitle': 'Zacznij od nowa od sekwencji demo, bez zadań',
  'sandbox.theme': 'Motyw',
  'sandbox.themeSystem': 'Motyw: jak w systemie',
  'sandbox.themeLight': 'Motyw: jasny',
  'sandbox.themeDark': 'Motyw: ciemny',
  'sandbox.themeDarkest': 'Motyw: najciemniejszy',
  'sandbox.editorRules': 'Zasady programu do montażu',
  'sandbox.rulesPremiere': 'Zasady: Premiere Pro',
  'sandbox.rulesResolve': 'Zasady: DaVinci Resolve',
  'sandbox.history': 'Historia: {labels}',
  'sandbox.historyEmpty': 'Historia: —',
  'sandbox.bin': 'Pojemnik ClipRelay:',
  'sandbox.binEmpty': 'pusty',
  'sandbox.binSeparator': ', ',
  'sandbox.silentFiles': 'Brak dźwięku z {files}: przeglądarka nie mogła go zdekodować.',
  'sandbox.playbackFailed': 'Nie udało się rozpocząć odtwarzania: {problem}',
};
