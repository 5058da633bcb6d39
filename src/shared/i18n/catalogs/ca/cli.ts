import type { EN_CLI } from '../en/cli';
import type { AreaCatalog } from '../area-catalog';

export const CA_CLI: AreaCatalog<typeof EN_CLI> = {
  'cli.error': 'cliprelay: {message}',
  'cli.unknownCommand': 'cliprelay: ordre desconeguda «{command}». Ordres: {commands}. Vegeu cliprelay --help.',
  'cli.cancelled': 'cliprelay: cancel·lat.',
  'cli.warning': 'avís: {message}',
  'cli.help.tagline': 'cliprelay — genera clips de vídeo amb IA i so natiu, sense editor.',
  'cli.help.usage': 'Ús:',
  'cli.help.commands': 'Ordres:',
  'cli.help.flags': 'Opcions:',
  'cli.help.examples': 'Exemples:',
  'cli.help.oneCommand': 'una ordre: opcions amb unitats i valors per defecte, exemples',
  'cli.help.credentials': 'Les credencials surten de les variables d’entorn habituals de cada proveïdor:',
  'cli.help.exitCodes': 'Codis de sortida:',
  'cli.exit.ok': 'fet (també `emulate` aturat amb Ctrl-C: així és com acaba)',
  'cli.exit.failed':
    'l’ordre s’ha executat i ha fallat: error del proveïdor o de la tasca, baixada fallida, fitxer d’àudio que no és WAV/AIFF, o `models --check` ha trobat un model que el proveïdor ja no ofereix',
  'cli.exit.usage':
    'l’ordre no s’ha pogut iniciar: opció o valor incorrecte; ordre, proveïdor, model o preajust desconegut; proveïdor o model retirat; petició que el model no admet; fitxer d’entrada absent; credencials absents; CLI sense compilar',
  'cli.exit.interrupted': 'interromput (Ctrl-C): les tasques pendents queden al registre i `cliprelay resume` les acaba',
  'cli.analyze.summary': 'zones de veu i sonoritat integrada (BS.1770) d’un enregistrament de veu WAV/AIFF',
  'cli.analyze.progress': 's’està analitzant {file} {percent, number, percent}',
  'cli.duck.summary': 'atenua la línia de temps de qualsevol editor (XML de Premiere, FCPXML, OTIO) sota la veu, o en renderitza l’àudio',
  'cli.duck.clipsDucked':
    '{count, plural, =0 {cap clip atenuat} one {# clip atenuat} other {# clips atenuats}} sota {regions, plural, one {# zona de veu} other {# zones de veu}}',
  'cli.lang.unknown': '--lang «{lang}» no és una llengua de cliprelay: feu servir en, fr, ca, pl o zh-Hans.',
};
