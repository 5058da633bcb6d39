import { it } from 'vitest';
import { join } from 'node:path';
import { decodeAudioStream } from '../src/audio';
import { createSpeechDetector } from '../src/audio/speech-detector';
import { buildSpeechTestSet, readFileBytes, TEST_CONDITIONS } from './support/speech-test-set';
import { DEFAULT_SPEECH_DETECTION } from '../src/domain/ducking/speech-detection-settings';
it('trace', async () => {
  const built = await buildSpeechTestSet(join(process.cwd(), 'test-output', 'speech-test-set'), TEST_CONDITIONS);
  const item = built.find((b) => b.condition.name.startsWith('mains hum 50'))!;
  const label = item.labels[Number(process.env.U ?? 15)]!;
  console.log('label', label);
  const bytes = await readFileBytes(item.path);
  for (const hop of [0.01, 0.02]) {
    const blocks = decodeAudioStream([bytes], { fileName: 'x', mixToMono: true });
    let det: any = null; const out: string[] = [];
    for (;;) {
      const step = await blocks.next();
      if (step.done) { det.finish(); break; }
      det ??= createSpeechDetector({ sampleRateHz: step.value.info.sampleRateHz, settings: { ...DEFAULT_SPEECH_DETECTION, frameSeconds: hop } });
      if (det.__patched == null) {
        det.__patched = true;
        const orig = det.decide.bind(det);
        det.decide = (index: number, bed: boolean) => {
          const t = index * hop;
          if (t > label.endSeconds - 0.1 && t < label.endSeconds + 0.15) {
            const slot = index & det.ringMask;
            out.push(`${t.toFixed(2)} lvl ${(det.waitingBandDb[slot]).toFixed(1)} floor ${det.judgedFloorDb[slot].toFixed(1)} p ${det.judgedProbability[slot].toFixed(2)} loud ${det.judgedLoud[slot]} share ${det.waitingHalfShare[slot].toFixed(2)}`);
          }
          orig(index, bed);
        };
      }
      det.push(step.value.channels);
    }
    console.log(hop + '\n' + out.join('\n'));
  }
}, 60000);
