import type { EN_JOBS } from '../en/jobs';
import type { AreaCatalog } from '../area-catalog';

export const PL_JOBS: AreaCatalog<typeof EN_JOBS> = {
  'jobs.running': 'W toku',
  'jobs.runningCount':
    '{count, plural, =0 {Nic nie trwa} one {# zadanie w toku} few {# zadania w toku} many {# zadań w toku} other {# zadania w toku}}',
  'jobs.cancel': 'Anuluj to generowanie',
  'jobs.retry': 'Ponów',
  'jobs.revealInBin': 'Pokaż w pojemniku',
  'jobs.reuse': 'Użyj ponownie',
  'jobs.inBinNotPlaced': 'W pojemniku; nie na osi czasu.',
  'jobs.whatThisMeans': 'Co to znaczy?',
  'jobs.startedAt': 'Wysłano {time}',
  'jobs.reportFormat': 'Format raportu',
  'jobs.exportReport': 'Eksportuj raport',
  'jobs.placedAt': 'Umieszczono w {timecode}',
  'jobs.retryGeneration': 'Ponów to generowanie',
  'jobs.createAgain': 'Utwórz ponownie ({cost})',
  'jobs.reuseSettings': 'Użyj tych ustawień w Generuj',
  'jobs.revealClip': 'Pokaż klip w jego pojemniku',
  'jobs.none': 'Nie ma jeszcze generowań. Zadania przetrwają zamknięcie panelu: niedokończone wznowią się po jego otwarciu.',
  'jobs.finished': 'Ukończone zadania',
};
