import { spawn } from 'node:child_process';
import { AppError, UnavailableFeatureError } from '../../shared/app-error';

/** ffmpeg ran but could not decode the file; `detail` is its last error line. */
class FfmpegDecodeError extends AppError {
  constructor(init: { fileName: string; detail: string }) {
    super(`ffmpeg could not decode ${init.fileName}: ${init.detail}`);
    this.name = 'FfmpegDecodeError';
  }
}

/**
 * Decodes any audio ffmpeg reads (AAC in MP4 from the providers, MP3, FLAC…) to a 32-bit float WAV file,
 * so the WAV decoder can stream it. When ffmpeg is not installed the error says so and what to do.
 */
export async function decodeWithFfmpeg(inputPath: string, outputWavPath: string, fileName: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'ffmpeg',
      ['-nostdin', '-v', 'error', '-y', '-i', inputPath, '-vn', '-c:a', 'pcm_f32le', '-f', 'wav', outputWavPath],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new UnavailableFeatureError({
            feature: 'ffmpeg',
            message: `${fileName} is not WAV or AIFF, and decoding it needs ffmpeg, which is not installed (or not on PATH). Install ffmpeg, or convert the file to WAV first.`,
          }),
        );
      } else reject(new FfmpegDecodeError({ fileName, detail: error.message }));
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new FfmpegDecodeError({ fileName, detail: stderr.trim().split('\n').pop() ?? `exit code ${String(code)}` }));
    });
  });
}
