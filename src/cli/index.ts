export { runCli } from './run-cli';
export { EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, type CliIo } from './cli-io';

export type { GenerateResult } from './generate-command';
