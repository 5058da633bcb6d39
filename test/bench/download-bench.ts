import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileByteSink } from '../../src/platform/node/file-byte-sink';
import { nodeFetch } from '../../src/platform/node/node-fetch';
import { createHttpClient, downloadToSink } from '../../src/providers/http';
import { median } from '../support/detection-metrics';

const MiB = 1024 * 1024;

interface Timed {
  readonly seconds: number;
}

async function startFileServer(sizeBytes: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [process.argv[1]!, '--serve-file', String(sizeBytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    child.once('exit', (code) => reject(new Error(`file server exited with ${code}`)));
  });
  return { url, child };
}

async function ourDownload(url: string, path: string): Promise<Timed & { peakGrowthBytes: number }> {
  const client = createHttpClient({ timeoutMs: 30_000, fetch: nodeFetch }); // as the CLI downloads;
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  await downloadToSink({ client, url, sink: createFileByteSink(path), provider: 'bench', providerName: 'Bench' });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds, peakGrowthBytes: peak - baseline };
}

/**
 * Node's own ceiling here: a bare `http.get` piped into `fs.createWriteStream`, in this process like ours, with
 * nothing checked. How close ClipRelay comes to it says what is left to gain in our code rather than in Node's.
 */
async function nodeFloorDownload(url: string, path: string): Promise<Timed> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    get(url, (response) => {
      const file = createWriteStream(path);
      response.pipe(file).once('finish', resolve).once('error', reject);
      response.once('error', reject);
    }).once('error', reject);
  });
  return { seconds: (performance.now() - started) / 1000 };
}

function curlDownload(url: string, path: string): Timed {
  const started = performance.now();
  const result = spawnSync('curl', ['-s', '-f', '-o', path, url]);
  if (result.status !== 0) throw new Error(`curl failed: ${result.stderr.toString()}`);
  return { seconds: (performance.now() - started) / 1000 };
}

/**
 * The file server is a fresh Node process whose first pass over its file is slow (measured on the
 * 1 GiB server: 2.7 s for curl's first full download, 1.2–1.3 s for the next ones); the whole file is
 * fetched once with curl first, so no side pays the server's warm-up.
 */
function warmUp(url: string): void {
  const result = spawnSync('curl', ['-s', '-f', '-o', '/dev/null', url]);
  if (result.status !== 0) throw new Error(`curl failed: ${result.stderr.toString()}`);
}

/** Download throughput against curl on loopback, and memory growth while downloading 1 GiB. */
export async function runDownloadBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cliprelay-bench-'));
  const lines: string[] = [];
  try {
    const throughputBytes = 256 * MiB;
    const small = await startFileServer(throughputBytes);
    warmUp(small.url);
    const ours: number[] = [];
    const curl: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < 3; run++) {
      // Alternate, so no side always gets the warmer page cache.
      ours.push((await ourDownload(small.url, join(dir, `ours-${run}.mp4`))).seconds);
      curl.push(curlDownload(small.url, join(dir, `curl-${run}.mp4`)).seconds);
      floor.push((await nodeFloorDownload(small.url, join(dir, `floor-${run}.mp4`))).seconds);
      for (const side of ['ours', 'curl', 'floor']) {
        if (statSync(join(dir, `${side}-${run}.mp4`)).size !== throughputBytes) throw new Error(`${side} download is short`);
        rmSync(join(dir, `${side}-${run}.mp4`));
      }
    }
    small.child.kill();
    const oursMiBs = throughputBytes / MiB / median(ours);
    const curlMiBs = throughputBytes / MiB / median(curl);
    const floorMiBs = throughputBytes / MiB / median(floor);
    lines.push(
      `download 256 MiB over loopback (median of 3, load ${loadavg()[0]!.toFixed(1)}): ClipRelay ${oursMiBs.toFixed(0)} MiB/s, curl ${curlMiBs.toFixed(0)} MiB/s, ratio ${(oursMiBs / curlMiBs).toFixed(2)} (goal ≥ 0.9)`,
      `  Node floor (http.get → fs.createWriteStream, same process, nothing checked): ${floorMiBs.toFixed(0)} MiB/s, ${(floorMiBs / curlMiBs).toFixed(2)}× curl; ClipRelay ${(oursMiBs / floorMiBs).toFixed(2)}× the floor`,
      // The first of our runs is this process's first download (code not yet optimised by the JIT): shown, not hidden by the median.
      `  each run (s): ClipRelay ${ours.map((seconds) => seconds.toFixed(2)).join(', ')}; curl ${curl.map((seconds) => seconds.toFixed(2)).join(', ')}; Node floor ${floor.map((seconds) => seconds.toFixed(2)).join(', ')}`,
    );

    const bigBytes = 1024 * MiB;
    const big = await startFileServer(bigBytes);
    warmUp(big.url);
    const path = join(dir, 'big.mp4');
    const result = await ourDownload(big.url, path);
    if (statSync(path).size !== bigBytes) throw new Error('1 GiB download is short');
    rmSync(path);
    const curlBig = curlDownload(big.url, path);
    big.child.kill();
    lines.push(
      `download 1 GiB: ${(bigBytes / MiB / result.seconds).toFixed(0)} MiB/s (curl ${(bigBytes / MiB / curlBig.seconds).toFixed(0)} MiB/s), peak RSS growth ${(result.peakGrowthBytes / MiB).toFixed(1)} MiB (goal < 64 MiB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
