import type { EN_CLI } from '../en/cli';
import type { AreaCatalog } from '../area-catalog';

export const PL_CLI: AreaCatalog<typeof EN_CLI> = {
  'cli.error': 'cliprelay: {message}',
  'cli.unknownCommand': 'cliprelay: nieznane polecenie „{command}”. Polecenia: {commands}. Zobacz cliprelay --help.',
  'cli.cancelled': 'cliprelay: anulowano.',
  'cli.warning': 'uwaga: {message}',
  'cli.help.tagline': 'cliprelay — generuj klipy wideo AI z natywnym dźwiękiem, bez programu do montażu.',
  'cli.help.usage': 'Użycie:',
  'cli.help.commands': 'Polecenia:',
  'cli.help.flags': 'Opcje:',
  'cli.help.examples': 'Przykłady:',
  'cli.help.oneCommand': 'jedno polecenie: opcje z jednostkami i domyślnymi wartościami, przykłady',
  'cli.help.credentials': 'Dane dostępowe pochodzą ze zwykłych zmiennych środowiskowych każdego dostawcy:',
  'cli.help.exitCodes': 'Kody wyjścia:',
  'cli.exit.ok': 'gotowe (także `emulate` zatrzymane przez Ctrl-C: tak się kończy)',
  'cli.exit.failed':
    'polecenie zadziałało i się nie powiodło: błąd dostawcy lub zadania, nieudane pobieranie, plik audio inny niż WAV/AIFF albo `models --check` znalazł model, którego dostawca już nie udostępnia',
  'cli.exit.usage':
    'polecenie nie mogło ruszyć: zła opcja lub wartość; nieznane polecenie, dostawca, model lub preset; wycofany dostawca lub model; żądanie, którego model nie przyjmie; brak pliku wejściowego; brak danych dostępowych; CLI niezbudowane',
  'cli.exit.interrupted': 'przerwano (Ctrl-C): niedokończone zadania zostają w rejestrze, `cliprelay resume` je kończy',
  'cli.analyze.summary': 'fragmenty mowy i głośność zintegrowana (BS.1770) nagrania głosu WAV/AIFF',
  'cli.analyze.progress': 'analiza {file} {percent, number, percent}',
  'cli.duck.summary': 'wycisza oś czasu dowolnego programu (XML Premiere, FCPXML, OTIO) pod głosem lub renderuje wyciszony dźwięk',
  'cli.duck.clipsDucked':
    '{count, plural, =0 {nie wyciszono klipów} one {wyciszono # klip} few {wyciszono # klipy} many {wyciszono # klipów} other {wyciszono # klipu}} pod {regions, plural, one {# fragmentem mowy} other {# fragmentami mowy}}',
  'cli.lang.unknown': '--lang „{lang}” to nie język cliprelay: użyj en, fr, ca, pl lub zh-Hans.',
};
