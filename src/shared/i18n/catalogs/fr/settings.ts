import type { EN_SETTINGS } from '../en/settings';
import type { AreaCatalog } from '../area-catalog';

export const FR_SETTINGS: AreaCatalog<typeof EN_SETTINGS> = {
  'settings.providerKeys': 'Clés des fournisseurs',
  'settings.saveKeys': 'Enregistrer les clés',
  'settings.savedSecurely': 'Enregistré dans le stockage sécurisé.',
  'settings.sandboxNoKeys': 'Bac à sable : les fournisseurs émulés n’ont pas besoin de clé.',
  'settings.clipFolder': 'Dossier des clips',
  'settings.chooseClipFolder': 'Choisir le dossier des clips',
  'settings.namingBudget': 'Noms et budget',
  'settings.dailyCap': 'Plafond par jour ({currency})',
  'settings.projectCap': 'Plafond par projet ({currency})',
  'settings.spentToday': '{spent} sur {cap} aujourd’hui',
  'settings.save': 'Enregistrer',
  'settings.saved': 'Enregistré.',
  'settings.nothingToSave': 'Rien à enregistrer.',
  'settings.modelCatalog': 'Catalogue des modèles',
  'settings.language': 'Langue',
  'settings.languageAuto': 'Comme Premiere',
  'settings.diagnostics': 'Diagnostic',
  'settings.runDiagnostics': 'Lancer le diagnostic',
  'settings.running': 'En cours…',
  'settings.readOnly': 'Lecture seule (sans séquence de test)',
  'settings.keepScratch': 'Garder la séquence de test pour l’examiner',
  'settings.diagnosticsReport': 'Rapport de diagnostic',
  'settings.diagnosticsIntro':
    'Vérifie cette installation de Premiere par rapport à ce dont ClipRelay dépend. Sauf en lecture seule, il ne modifie qu’une séquence de test qu’il crée puis supprime.',
  'settings.none': 'aucun',
  'settings.chooseFolder': 'Choisir un dossier…',
  'settings.catalogCounts':
    '{models, plural, one {# modèle} other {# modèles}} de {providers, plural, one {# fournisseur} other {# fournisseurs}}.',
};
