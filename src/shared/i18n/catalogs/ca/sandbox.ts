import type { EN_SANDBOX } from '../en/sandbox';
import type { AreaCatalog } from '../area-catalog';

export const CA_SANDBOX: AreaCatalog<typeof EN_SANDBOX> = {
  'sandbox.intro':
    'Entorn de proves: seqüència en memòria, proveïdors emulats, sense clau, sense cost. Feu clic al regle per moure el capçal de reproducció.',
  'sandbox.play': 'Reprodueix',
  'sandbox.stop': 'Atura',
  'sandbox.playTitle': 'Reprodueix l’àudio de la seqüència des del capçal de reproducció, amb la corba de guany de cada clip',
  'sandbox.stopTitle': 'Atura la reproducció (el capçal es queda on s’ha aturat)',
  'sandbox.undo': 'Desfés',
  'sandbox.undoTitle': 'Desfés {label}',
  'sandbox.nothingToUndo': 'No hi ha res per desfer',
  'sandbox.resetDemo': 'Reinicia la demo',
  'sandbox.resetDemoTitle': 'Torna a començar des de la seqüència de demo, sense feines',
  'sandbox.theme': 'Tema',
  'sandbox.themeSystem': 'Tema: com el sistema',
  'sandbox.themeLight': 'Tema: clar',
  'sandbox.themeDark': 'Tema: fosc',
  'sandbox.themeDarkest': 'Tema: molt fosc',
  'sandbox.editorRules': 'Regles de l’editor',
  'sandbox.rulesPremiere': 'Regles: Premiere Pro',
  'sandbox.rulesResolve': 'Regles: DaVinci Resolve',
  'sandbox.history': 'Historial: {labels}',
  'sandbox.historyEmpty': 'Historial: —',
  'sandbox.bin': 'Safata ClipRelay:',
  'sandbox.binEmpty': 'buida',
  'sandbox.binSeparator': ', ',
  'sandbox.silentFiles': 'Cap so de {files}: el navegador no l’ha pogut descodificar.',
  'sandbox.playbackFailed': 'La reproducció no s’ha pogut iniciar: {problem}',
};
