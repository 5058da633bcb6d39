import type { EN_PACKS } from '../en/packs';
import type { AreaCatalog } from '../area-catalog';

export const FR_PACKS: AreaCatalog<typeof EN_PACKS> = {
  'packs.cannotUse': 'Impossible d’utiliser {source}.',
  'packs.cannotUsePasted': 'Impossible d’utiliser le pack collé.',
  'packs.jsonEmpty': 'Il est vide.',
  'packs.jsonCutShort': 'Ce n’est pas du JSON valide (il est peut-être tronqué).',
  'packs.jsonMistakeAt': 'Ce n’est pas du JSON valide (erreur vers la ligne {line}, colonne {column}).',
  'packs.notAnObject': 'Il doit s’agir d’un objet JSON avec schemaVersion, name et presets.',
  'packs.versionNewer':
    'La version de schéma {version} est plus récente que celle que lit cette version de ClipRelay ({current}) ; mettez ClipRelay à jour.',
  'packs.versionRequired': 'La version de schéma est obligatoire (1, 2 ou {current}).',
  'packs.versionUnknown': 'La version de schéma doit être 1, 2 ou {current}.',
  'packs.versionThreeField': '« {field} » est un champ de la version 3 du schéma ; mettez schemaVersion à 3 pour l’utiliser.',
  'packs.hostNotAllowed':
    'Cette version de ClipRelay ne peut récupérer des packs que depuis {hosts}, pas depuis {host}. La personne qui compile le plug-in ajoute l’hôte à « packHosts » dans cliprelay.build.json (ou compile avec --env pack-host={host}) et le réinstalle ; le manifeste laisse alors le panneau y accéder.',
  'packs.noHostAllowed':
    'Cette version de ClipRelay ne peut récupérer de packs depuis aucun hôte, donc pas depuis {host}. La personne qui compile le plug-in ajoute l’hôte à « packHosts » dans cliprelay.build.json (ou compile avec --env pack-host={host}) et le réinstalle ; le manifeste laisse alors le panneau y accéder.',
  'packs.alreadySubscribed': 'Vous êtes déjà abonné à {location} ; utilisez plutôt « Vérifier ».',
  'packs.subscriptionGone': 'L’abonnement au pack {id} n’existe plus (supprimé dans une autre fenêtre ?) ; rouvrez l’onglet Préréglages.',
};
