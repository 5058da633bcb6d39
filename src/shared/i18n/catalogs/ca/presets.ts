import type { EN_PRESETS } from '../en/presets';
import type { AreaCatalog } from '../area-catalog';

export const CA_PRESETS: AreaCatalog<typeof EN_PRESETS> = {
  'presets.mine': 'Els meus preajustos',
  'presets.packs': 'Paquets de preajustos',
  'presets.noPacks': 'Cap paquet instal·lat; s’usen els integrats.',
  'presets.pastePack': 'Enganxa un paquet (JSON) per instal·lar-lo',
  'presets.installPack': 'Instal·la el paquet',
  'presets.exportInUse': 'Exporta els preajustos en ús',
  'presets.copyJson': 'Copia el JSON',
  'presets.subscriptions': 'Subscripcions a paquets',
  'presets.subscribed': 'Paquets subscrits',
  'presets.subscribeByAddress': 'Subscriu-te a un paquet per adreça web',
  'presets.subscribe': 'Subscriu-te a un paquet…',
  'presets.noSubscriptions': 'Cap paquet subscrit. L’agència et dona l’adreça del seu paquet.',
  'presets.export': 'Exporta',
  'presets.exportedPack': 'Paquet exportat',
  'presets.releaseAvailable': 'La versió {version} està disponible. Canvia:',
  'presets.checkNow': 'Comprova-ho ara',
  'presets.applyUpdate': 'Aplica l’actualització',
  'presets.later': 'Més tard',
  'presets.unsubscribe': 'Cancel·la la subscripció',
};
