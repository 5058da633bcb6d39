import type { EN_PRESETS } from '../en/presets';
import type { AreaCatalog } from '../area-catalog';

export const FR_PRESETS: AreaCatalog<typeof EN_PRESETS> = {
  'presets.mine': 'Mes préréglages',
  'presets.packs': 'Packs de préréglages',
  'presets.noPacks': 'Aucun pack installé ; ceux d’origine sont utilisés.',
  'presets.pastePack': 'Collez un pack (JSON) pour l’installer',
  'presets.installPack': 'Installer le pack',
  'presets.exportInUse': 'Exporter les préréglages utilisés',
  'presets.copyJson': 'Copier le JSON',
  'presets.subscriptions': 'Abonnements aux packs',
  'presets.subscribed': 'Packs suivis',
  'presets.subscribeByAddress': 'S’abonner à un pack par son adresse web',
  'presets.subscribe': 'S’abonner à un pack…',
  'presets.noSubscriptions': 'Aucun abonnement. Votre agence vous donne l’adresse de son pack.',
  'presets.export': 'Exporter',
  'presets.exportedPack': 'Pack exporté',
  'presets.releaseAvailable': 'La version {version} est disponible. Elle modifie :',
  'presets.checkNow': 'Vérifier',
  'presets.applyUpdate': 'Appliquer la mise à jour',
  'presets.later': 'Plus tard',
  'presets.unsubscribe': 'Se désabonner',
};
