import type { EN_PRESETS } from '../en/presets';
import type { AreaCatalog } from '../area-catalog';

export const PL_PRESETS: AreaCatalog<typeof EN_PRESETS> = {
  'presets.mine': 'Moje presety',
  'presets.packs': 'Pakiety presetów',
  'presets.noPacks': 'Brak pakietów; używane są wbudowane presety.',
  'presets.pastePack': 'Wklej pakiet (JSON), aby go zainstalować',
  'presets.installPack': 'Zainstaluj pakiet',
  'presets.exportInUse': 'Eksportuj używane presety',
  'presets.copyJson': 'Kopiuj JSON',
  'presets.subscriptions': 'Subskrypcje pakietów',
  'presets.subscribed': 'Subskrybowane pakiety',
  'presets.subscribeByAddress': 'Subskrybuj pakiet przez adres internetowy',
  'presets.subscribe': 'Subskrybuj pakiet…',
  'presets.noSubscriptions': 'Brak subskrypcji. Agencja poda ci adres swojego pakietu.',
  'presets.export': 'Eksportuj',
  'presets.exportedPack': 'Wyeksportowany pakiet',
  'presets.releaseAvailable': 'Dostępne jest wydanie {version}. Zmienia:',
  'presets.checkNow': 'Sprawdź teraz',
  'presets.applyUpdate': 'Zastosuj aktualizację',
  'presets.later': 'Później',
  'presets.unsubscribe': 'Anuluj subskrypcję',
};
