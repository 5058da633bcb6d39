// The `cliprelay` command line as a module: importing it runs nothing (see cli-main.ts).
export { runCli, type CliIo, type GenerateResult } from '../cli';
