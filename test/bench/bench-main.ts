import { runAudioBench } from './audio-bench';
import { runDownloadBench } from './download-bench';
import { serveBenchFile } from './file-server-process';
import { runInterchangeBench } from './interchange-bench';
import { pollingTable } from './polling-table';

// `npm run bench`: speed is measured here, side by side with the tool a user would use instead,
// never asserted in tests. The same bundle doubles as the file server child process.
async function main(): Promise<void> {
  const serveIndex = process.argv.indexOf('--serve-file');
  if (serveIndex !== -1) return serveBenchFile(Number(process.argv[serveIndex + 1]));

  const print = (line: string) => process.stdout.write(`${line}\n`);
  print('ClipRelay bench');
  for (const line of runInterchangeBench()) print(line);
  for (const line of await runDownloadBench()) print(line);
  for (const line of pollingTable()) print(line);
  await runAudioBench({ log: print });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exit(1);
});
