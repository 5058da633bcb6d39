import { it } from 'vitest';
import { join } from 'node:path';
import { analyzeAudioStream } from '../src/audio';
import { chunked } from './support/encode-test-audio';
import { buildSpeechTestSet, readFileBytes, TEST_CONDITIONS } from './support/speech-test-set';
import { DEFAULT_SPEECH_DETECTION } from '../src/domain/ducking/speech-detection-settings';
it('diag', async () => {
  const built = await buildSpeechTestSet(join(process.cwd(), 'test-output', 'speech-test-set'), TEST_CONDITIONS);
  for (const item of built) {
    if (!item.condition.name.startsWith(process.env.COND ?? 'mains hum 50')) continue;
    const bytes = await readFileBytes(item.path);
    for (const hop of [0.02]) {
      const a = await analyzeAudioStream(chunked(bytes, [65536]), { fileName: 'x', measureLoudness: false, detection: { ...DEFAULT_SPEECH_DETECTION, frameSeconds: hop } });
      const rows = item.labels.map((l) => {
        const r = a.speech.find((s) => s.endSeconds > l.startSeconds && s.startSeconds < l.endSeconds);
        return r ? `${((r.startSeconds - l.startSeconds) * 1000).toFixed(0)}/${((r.endSeconds - l.endSeconds) * 1000).toFixed(0)}` : 'miss';
      });
      console.log(hop, rows.join(' '));
    }
  }
}, 60000);
