import type { EN_JOBS } from '../en/jobs';
import type { AreaCatalog } from '../area-catalog';

export const FR_JOBS: AreaCatalog<typeof EN_JOBS> = {
  'jobs.running': 'En cours',
  'jobs.runningCount': '{count, plural, =0 {Rien en cours} one {# tâche en cours} other {# tâches en cours}}',
  'jobs.cancel': 'Annuler cette génération',
  'jobs.retry': 'Réessayer',
  'jobs.revealInBin': 'Voir dans le chutier',
  'jobs.reuse': 'Réutiliser',
  'jobs.inBinNotPlaced': 'Dans le chutier ; pas sur la timeline.',
  'jobs.whatThisMeans': 'Qu’est-ce que cela signifie ?',
  'jobs.startedAt': 'Envoyée {time}',
  'jobs.reportFormat': 'Format du rapport',
  'jobs.exportReport': 'Exporter le rapport',
  'jobs.placedAt': 'Placé à {timecode}',
  'jobs.retryGeneration': 'Relancer cette génération',
  'jobs.createAgain': 'Recréer ({cost})',
  'jobs.reuseSettings': 'Réutiliser ces réglages dans Générer',
  'jobs.revealClip': 'Afficher le clip dans son chutier',
  'jobs.none':
    'Aucune génération pour l’instant. Les tâches survivent à la fermeture du panneau : les inachevées reprennent à sa réouverture.',
  'jobs.finished': 'Tâches terminées',
};
