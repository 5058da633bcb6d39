import type { EN_SETTINGS } from '../en/settings';
import type { AreaCatalog } from '../area-catalog';

export const CA_SETTINGS: AreaCatalog<typeof EN_SETTINGS> = {
  'settings.providerKeys': 'Claus dels proveïdors',
  'settings.saveKeys': 'Desa les claus',
  'settings.savedSecurely': 'Desat a l’emmagatzematge segur.',
  'settings.sandboxNoKeys': 'Entorn de proves: els proveïdors emulats no necessiten claus.',
  'settings.clipFolder': 'Carpeta dels clips',
  'settings.chooseClipFolder': 'Tria la carpeta dels clips',
  'settings.namingBudget': 'Noms i pressupost',
  'settings.dailyCap': 'Límit diari ({currency})',
  'settings.projectCap': 'Límit per projecte ({currency})',
  'settings.spentToday': '{spent} de {cap} avui',
  'settings.save': 'Desa la configuració',
  'settings.saved': 'Desat.',
  'settings.nothingToSave': 'No hi ha res a desar.',
  'settings.modelCatalog': 'Catàleg de models',
  'settings.language': 'Llengua',
  'settings.languageAuto': 'La de Premiere',
  'settings.diagnostics': 'Diagnòstic',
  'settings.runDiagnostics': 'Executa el diagnòstic',
  'settings.running': 'S’està executant…',
  'settings.readOnly': 'Només lectura (sense seqüència de prova)',
  'settings.keepScratch': 'Conserva la seqüència de prova per revisar-la',
  'settings.diagnosticsReport': 'Informe de diagnòstic',
  'settings.diagnosticsIntro':
    'Comprova aquesta instal·lació de Premiere amb tot allò de què depèn ClipRelay. Si no és només lectura, només edita una seqüència de prova que crea i després esborra.',
  'settings.none': 'cap',
  'settings.chooseFolder': 'Tria una carpeta…',
  'settings.catalogCounts':
    '{models, plural, one {# model} other {# models}} de {providers, plural, one {# proveïdor} other {# proveïdors}}.',
};
