import type { EN_JOBS } from '../en/jobs';
import type { AreaCatalog } from '../area-catalog';

export const CA_JOBS: AreaCatalog<typeof EN_JOBS> = {
  'jobs.running': 'En curs',
  'jobs.runningCount': '{count, plural, =0 {Res en curs} one {# tasca en curs} other {# tasques en curs}}',
  'jobs.cancel': 'Cancel·la aquesta generació',
  'jobs.retry': 'Torna-ho a provar',
  'jobs.revealInBin': 'Mostra a la safata',
  'jobs.reuse': 'Reutilitza',
  'jobs.inBinNotPlaced': 'A la safata; no és a la línia de temps.',
  'jobs.whatThisMeans': 'Què vol dir això?',
  'jobs.startedAt': 'Enviada {time}',
  'jobs.reportFormat': 'Format de l’informe',
  'jobs.exportReport': 'Exporta l’informe',
  'jobs.placedAt': 'Col·locat a {timecode}',
  'jobs.retryGeneration': 'Torna a provar aquesta generació',
  'jobs.createAgain': 'Torna a crear ({cost})',
  'jobs.reuseSettings': 'Reutilitza aquesta configuració a Genera',
  'jobs.revealClip': 'Mostra el clip a la seva safata',
  'jobs.none': 'Encara no hi ha cap generació. Les tasques sobreviuen al tancament del tauler: les pendents es reprenen en obrir-lo.',
  'jobs.finished': 'Tasques acabades',
};
