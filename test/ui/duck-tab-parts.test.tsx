import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TimelineTrack } from '../../src/hosts/spec';
import { DuckOutcome } from '../../src/ui/duck/duck-outcome';
import { DuckPreview } from '../../src/ui/duck/duck-preview';
import { DuckProgressLine } from '../../src/ui/duck/duck-progress-line';
import { useVoiceTrackChoice } from '../../src/ui/duck/use-voice-track-choice';
import { defaultVoiceTrackIndex } from '../../src/ui/duck/voice-track';
import type { DuckingResult } from '../../src/workflows/apply-ducking';

const text = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');
const track = (index: number, name: string): TimelineTrack => ({ index, name, clips: [] }) as unknown as TimelineTrack;

function result(envelopeCount: number, regionCount: number, warnings: string[] = []): DuckingResult {
  return {
    voiceRegions: Array.from({ length: regionCount }, (_, i) => ({ startSeconds: i * 2, endSeconds: i * 2 + 1.25 })),
    envelopes: Array.from({ length: envelopeCount }, (_, i) => ({
      clipId: `clip-${i}`,
      points: [
        { timeSeconds: 1, gainDb: 0 },
        { timeSeconds: 1.5, gainDb: -9 },
        { timeSeconds: 3, gainDb: -9 },
        { timeSeconds: 3.5, gainDb: 0 },
      ],
    })),
    undoLabel: 'Duck',
    voiceSource: 'clip-extents',
    depths: [],
    voiceLoudnessLufs: null,
    warnings,
  };
}

describe('the voice-over track offered first', () => {
  it.each([
    { names: ['Music', 'VO'], expected: 1 },
    { names: ['Music', 'Dialogue 1'], expected: 1 },
    { names: ['Narration', 'Voice'], expected: 0 },
    { names: ['Music', 'Effects'], expected: 0 },
    { names: ['Volume', 'Interview'], expected: 1 }, // "Volume" is not "VO"
  ])('$names → A$expected', ({ names, expected }) => {
    expect(defaultVoiceTrackIndex(names.map((name, index) => track(index, name)))).toBe(expected);
  });

  it('is chosen in the same render the tracks arrive, and not before', () => {
    function Probe({ tracks }: { tracks: readonly TimelineTrack[] | undefined }) {
      const [voiceIndex] = useVoiceTrackChoice(tracks);
      return <output>{String(voiceIndex)}</output>;
    }
    expect(text(<Probe tracks={undefined} />)).toBe('<output>null</output>');
    expect(text(<Probe tracks={[track(0, 'Music'), track(1, 'VO')]} />)).toBe('<output>1</output>');
  });
});

describe('Duck tab result lines', () => {
  it('counts clips, regions and keyframes of a duck, one undo step, with its warnings', () => {
    const html = text(<DuckOutcome state={{ status: 'done', result: result(2, 1, ['Skipped a reversed clip.']) }} />);
    expect(html).toContain('Ducked 2 clips under 1 voice region (8 keyframes, one undo step).');
    expect(html).toContain('<p class="warning">Skipped a reversed clip.</p>');
    expect(text(<DuckOutcome state={{ status: 'done', result: result(0, 3) }} />)).toContain(
      'Nothing to duck: no other audio overlaps the voice-over.',
    );
    expect(text(<DuckOutcome state={{ status: 'failed', message: 'Pick the voice-over track first.' }} />)).toContain('role="alert"');
  });

  it('lists the planned voice regions and draws one curve per clip, labelled', () => {
    const html = text(<DuckPreview plan={result(2, 2)} clipLabel={(clipId) => `A2 ${clipId}`} />);
    expect(html).toContain('2 voice regions: 0.0–1.3 s, 2.0–3.3 s</p>');
    expect(html.match(/<figure/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Planned gain for A2 clip-1"');
    expect(text(<DuckPreview plan={result(0, 0)} clipLabel={String} />)).toContain('0 voice regions: none');
  });

  it('names the file being read and how far', () => {
    const html = text(
      <DuckProgressLine
        progress={{ phase: 'voice', mediaPath: 'C:\\media\\vo take 2.wav', mediaIndex: 1, mediaCount: 2, fraction: 0.4 }}
      />,
    );
    expect(html).toContain('Finding speech in vo take 2.wav (1/2) 40%');
    expect(html).toContain('<sp-progressbar aria-label="Reading vo take 2.wav" size="small" max="100" value="40">');
    const unknown = text(
      <DuckProgressLine progress={{ phase: 'bed', mediaPath: '/m/music.wav', mediaIndex: 2, mediaCount: 2, fraction: null }} />,
    );
    expect(unknown).toContain('Measuring music.wav (2/2)</p>');
    expect(unknown).toContain('indeterminate=""');
  });
});
