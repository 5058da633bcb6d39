import type { EN_SANDBOX } from '../en/sandbox';
import type { AreaCatalog } from '../area-catalog';

export const FR_SANDBOX: AreaCatalog<typeof EN_SANDBOX> = {
  'sandbox.intro':
    'Bac à sable : séquence en mémoire, fournisseurs émulés, sans clé, sans frais. Cliquez sur la règle pour déplacer la tête de lecture.',
  'sandbox.play': 'Lire',
  'sandbox.stop': 'Arrêter',
  'sandbox.playTitle': 'Lire l’audio de la séquence depuis la tête de lecture, avec la courbe de gain de chaque clip',
  'sandbox.stopTitle': 'Arrêter la lecture (la tête de lecture reste où elle s’est arrêtée)',
  'sandbox.undo': 'Annuler',
  'sandbox.undoTitle': 'Annuler {label}',
  'sandbox.nothingToUndo': 'Rien à annuler',
  'sandbox.resetDemo': 'Réinitialiser la démo',
  'sandbox.resetDemoTitle': 'Repartir de la séquence de démo, sans tâches',
  'sandbox.theme': 'Thème',
  'sandbox.themeSystem': 'Thème : comme le système',
  'sandbox.themeLight': 'Thème : clair',
  'sandbox.themeDark': 'Thème : sombre',
  'sandbox.themeDarkest': 'Thème : très sombre',
  'sandbox.editorRules': 'Règles du logiciel de montage',
  'sandbox.rulesPremiere': 'Règles : Premiere Pro',
  'sandbox.rulesResolve': 'Règles : DaVinci Resolve',
  'sandbox.history': 'Historique : {labels}',
  'sandbox.historyEmpty': 'Historique : —',
  'sandbox.bin': 'Chutier ClipRelay :',
  'sandbox.binEmpty': 'vide',
  'sandbox.binSeparator': ', ',
  'sandbox.silentFiles': 'Aucun son de {files} : le navigateur n’a pas pu le décoder.',
  'sandbox.playbackFailed': 'La lecture n’a pas pu démarrer : {problem}',
};
