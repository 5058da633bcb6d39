import { runAudioBench } from './audio-bench';
import { runDownloadBench } from './download-bench';
import { serveBenchFile } from './file-server-process';
import { runInterchangeBench } from './interchange-bench';
import { pollingTable } from './polling-table';
import { runScaleBench } from './scale-bench';
import { runTimeToTimelineBench } from './time-to-timeline-bench';

// `npm run bench`: speed is measured here, side by side with the tool a user would use instead,
// never asserted in tests. The same bundle doubles as the file server child process.
async function main(): Promise<void> {
  const serveIndex = process.argv.indexOf('--serve-file');
  if (serveIndex !== -1) return serveBenchFile(Number(process.argv[serveIndex + 1]));

  const print = (line: string) => process.stdout.write(`${line}\n`);
  print('ClipRelay bench');
  // `--only PART[,PART…]` (interchange, download, polling, scale, audio): one part, so a change is measured without the rest.
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
  const runs = (part: string) => only == null || only.split(',').includes(part);
  if (runs('interchange')) for (const line of runInterchangeBench()) print(line);
  if (runs('download')) for (const line of await runDownloadBench()) print(line);
  if (runs('polling')) for (const line of pollingTable()) print(line);
  if (runs('polling')) for (const line of await runTimeToTimelineBench()) print(line);
  if (runs('scale')) for (const line of await runScaleBench()) print(line);
  // `--only audio --audio-file voice.wav`: the audio part on a WAV kept between runs.
  const fileIndex = process.argv.indexOf('--audio-file');
  if (runs('audio')) await runAudioBench({ log: print, ...(fileIndex === -1 ? {} : { existingFile: process.argv[fileIndex + 1] }) });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exit(1);
});
