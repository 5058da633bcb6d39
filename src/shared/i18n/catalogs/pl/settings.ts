import type { EN_SETTINGS } from '../en/settings';
import type { AreaCatalog } from '../area-catalog';

export const PL_SETTINGS: AreaCatalog<typeof EN_SETTINGS> = {
  'settings.providerKeys': 'Klucze dostawców',
  'settings.saveKeys': 'Zapisz klucze',
  'settings.savedSecurely': 'Zapisano w bezpiecznym magazynie.',
  'settings.sandboxNoKeys': 'Piaskownica: emulowani dostawcy nie potrzebują kluczy.',
  'settings.clipFolder': 'Folder klipów',
  'settings.chooseClipFolder': 'Wybierz folder klipów',
  'settings.namingBudget': 'Nazwy i budżet',
  'settings.dailyCap': 'Limit dzienny ({currency})',
  'settings.projectCap': 'Limit na projekt ({currency})',
  'settings.spentToday': 'Dziś {spent} z {cap}',
  'settings.save': 'Zapisz ustawienia',
  'settings.saved': 'Zapisano.',
  'settings.nothingToSave': 'Nic do zapisania.',
  'settings.modelCatalog': 'Katalog modeli',
  'settings.language': 'Język',
  'settings.languageAuto': 'Jak w Premiere',
  'settings.diagnostics': 'Diagnostyka',
  'settings.runDiagnostics': 'Uruchom diagnostykę',
  'settings.running': 'Trwa…',
  'settings.readOnly': 'Tylko odczyt (bez sekwencji testowej)',
  'settings.keepScratch': 'Zachowaj sekwencję testową do wglądu',
  'settings.diagnosticsReport': 'Raport diagnostyczny',
  'settings.diagnosticsIntro':
    'Sprawdza tę instalację Premiere pod kątem wszystkiego, na czym polega ClipRelay. Poza trybem tylko do odczytu edytuje wyłącznie sekwencję testową, którą sam tworzy i usuwa.',
  'settings.none': 'brak',
  'settings.chooseFolder': 'Wybierz folder…',
  'settings.catalogCounts':
    '{models, plural, one {# model} few {# modele} many {# modeli} other {# modelu}} od {providers, plural, one {# dostawcy} other {# dostawców}}.',
};
