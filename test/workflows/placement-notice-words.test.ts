import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NleHost } from '../../src/hosts/spec';
import { AppError, type LocalizedMessage } from '../../src/shared/app-error';
import { APP_LOCALES } from '../../src/shared/i18n/app-locale';
import { describeLocalizedIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { describeFormatMismatch, splitFormatMismatchNotice } from '../../src/workflows/format-mismatch';
import { localizedMessageSchema } from '../../src/workflows/jobs/localized-message-schema';
import { planPlacement } from '../../src/workflows/place-options';
import { recordClipProvenance } from '../../src/workflows/provenance';

const english = createTranslator('en');
const french = createTranslator('fr');
const polish = createTranslator('pl');
const chinese = createTranslator('zh-Hans');

/** A message in English by the catalog alone (its values, then its `also` sentences): what the card checks stored words against. */
function catalogEnglish(localized: LocalizedMessage): string {
  const say = english.t as (id: string, values?: Readonly<Record<string, string | number>>) => string;
  return [say(localized.id, localized.values), ...(localized.also ?? []).map(catalogEnglish)].join(' ');
}

/** The notice exactly as the build before the catalog wrote it (copied from it): the English must not move a byte. */
function previousNotice(
  clip: { width: number | null; height: number | null; frameRate: number | null },
  sequence: { frameWidth: number; frameHeight: number; frameRate: number },
): string | null {
  const rateText = (fps: number) => String(Math.round(fps * 1000) / 1000);
  const aspect = (width: number, height: number) => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    const divisor = gcd(Math.round(width), Math.round(height)) || 1;
    return `${Math.round(width) / divisor}:${Math.round(height) / divisor}`;
  };
  const hasSize = clip.width != null && clip.height != null && clip.width > 0 && clip.height > 0;
  const sizeDiffers = hasSize && (clip.width !== sequence.frameWidth || clip.height !== sequence.frameHeight);
  const rateDiffers = clip.frameRate != null && clip.frameRate > 0 && Math.abs(clip.frameRate - sequence.frameRate) >= 0.01;
  if (!sizeDiffers && !rateDiffers) return null;
  const clipSize = hasSize ? `${clip.width}×${clip.height}` : '';
  const sequenceSize = `${sequence.frameWidth}×${sequence.frameHeight}`;
  const clipRate = clip.frameRate == null ? '' : `${rateText(clip.frameRate)} fps`;
  const sequenceRate = `${rateText(sequence.frameRate)} fps`;
  const clipParts = sizeDiffers && rateDiffers ? `${clipSize} at ${clipRate}` : sizeDiffers ? clipSize : clipRate;
  const sequenceParts = sizeDiffers && rateDiffers ? `${sequenceSize} at ${sequenceRate}` : sizeDiffers ? sequenceSize : sequenceRate;
  const consequences: string[] = [];
  if (sizeDiffers) {
    const smaller = clip.width! <= sequence.frameWidth && clip.height! <= sequence.frameHeight;
    consequences.push(
      `Premiere places it at 100 % (${smaller ? 'smaller than the frame' : 'cropped by the frame'}) unless Default Media Scaling is set; use Clip › Video Options › Set to Frame Size to fit it`,
    );
  }
  if (rateDiffers) consequences.push("it plays at the sequence's rate, repeating or skipping frames");
  let message = `The clip is ${clipParts}; the sequence is ${sequenceParts}: ${consequences.join(', and ')}.`;
  if (sizeDiffers) {
    const [clipAspect, sequenceAspect] = [aspect(clip.width!, clip.height!), aspect(sequence.frameWidth, sequence.frameHeight)];
    if (clipAspect !== sequenceAspect)
      message += ` Its aspect ratio (${clipAspect}) differs from the sequence's (${sequenceAspect}), so fitting it leaves bars.`;
  }
  return message;
}

const SIZES = [426, 640, 720, 1080, 1280, 1440, 1920, 2160, 3840, 4096];
const RATES = [24000 / 1001, 24, 25, 30000 / 1001, 30, 50, 60000 / 1001, 60, 12.5, 120];
const size = fc.oneof(fc.constantFrom(...SIZES), fc.integer({ min: 1, max: 8192 }));
const rate = fc.oneof(fc.constantFrom(...RATES), fc.double({ min: 0.5, max: 240, noNaN: true }));
const clipFormat = fc.record({
  width: fc.option(size, { nil: null }),
  height: fc.option(size, { nil: null }),
  frameRate: fc.option(rate, { nil: null }),
});
const sequenceFormat = fc.record({ frameWidth: size, frameHeight: size, frameRate: rate });

const hd25 = { frameWidth: 1920, frameHeight: 1080, frameRate: 25 };

describe('the format-mismatch notice in words', () => {
  it('English is today’s notice byte for byte; the catalog says it, its line and its meaning in English exactly', () => {
    fc.assert(
      fc.property(clipFormat, sequenceFormat, (clip, sequence) => {
        const mismatch = describeFormatMismatch(clip, sequence);
        expect(mismatch?.message ?? null).toBe(previousNotice(clip, sequence));
        if (mismatch == null) return;
        expect(catalogEnglish(mismatch.localized)).toBe(mismatch.message);
        const split = splitFormatMismatchNotice(mismatch.message)!;
        expect(catalogEnglish(mismatch.localized.parts!.line!)).toBe(split.line);
        expect(catalogEnglish(mismatch.localized.parts!.meaning!)).toBe(split.meaning);
      }),
      { numRuns: 300 },
    );
  });

  it('a stored notice keeps its line, meaning and aspect sentence through the ledger’s schema', () => {
    const mismatch = describeFormatMismatch({ width: 1080, height: 1920, frameRate: 24 }, hd25)!;
    const stored = localizedMessageSchema.parse(JSON.parse(JSON.stringify(mismatch.localized)));
    expect(stored).toEqual(mismatch.localized);
    expect(stored.parts?.meaning?.also?.[0]?.id).toBe('jobs.formatAspectBars');
  });

  it('French says the line with its own decimal comma and "i/s", and what it means', () => {
    const mismatch = describeFormatMismatch({ width: 1280, height: 720, frameRate: 24000 / 1001 }, hd25)!;
    const { line, meaning } = mismatch.localized.parts!;
    expect(describeLocalizedIn(french, line!, '')).toBe('Le clip est en 1280×720 à 23,976 i/s ; la séquence, en 1920×1080 à 25 i/s.');
    expect(describeLocalizedIn(french, meaning!, '')).toBe(
      'Premiere le place à 100 % (plus petit que l’image) sauf réglage de la mise à l’échelle des médias par défaut ; ' +
        'utilisez Élément › Options vidéo › Adapter à la taille de l’image pour l’ajuster. ' +
        'Il est lu à la cadence de la séquence, en répétant ou en sautant des images.',
    );
    expect(describeLocalizedIn(polish, line!, '')).toBe('Klip ma 1280×720 i 23,976 kl./s; sekwencja – 1920×1080 i 25 kl./s.');
  });

  it('a rate-only and a cropped, bar-leaving size-only notice are said in French and Chinese', () => {
    const rateOnly = describeFormatMismatch({ width: 1920, height: 1080, frameRate: 30000 / 1001 }, hd25)!;
    expect(describeLocalizedIn(french, rateOnly.localized, rateOnly.message)).toBe(
      'Le clip est à 29,97 i/s ; la séquence, à 25 i/s. Il est lu à la cadence de la séquence, en répétant ou en sautant des images.',
    );
    const vertical = describeFormatMismatch({ width: 1080, height: 1920, frameRate: 25 }, hd25)!;
    const meaning = describeLocalizedIn(french, vertical.localized.parts!.meaning!, '');
    expect(meaning).toContain('(rogné par l’image)');
    expect(meaning).toContain('Son format d’image (9:16) diffère de celui de la séquence (16:9)');
    expect(describeLocalizedIn(chinese, vertical.localized.parts!.line!, '')).toBe('剪辑为 1080×1920；序列为 1920×1080。');
  });
});

describe('placement notices in words', () => {
  const track = (name: string, index: number, kind: 'audio' | 'video' = 'audio') => ({ kind, index, name, muted: false, clips: [] });
  const sequence = {
    playheadSeconds: 3,
    inPointSeconds: null,
    endSeconds: 10,
    videoTracks: [track('V1', 0, 'video')],
    audioTracks: [track('Narration', 0), track('Música {1} it’s #2', 1)],
  };

  it('no In mark and a voice track, joined as before in English, each sentence said in French', () => {
    const plan = planPlacement(sequence, 5, { position: 'in-point', audioTrackIndex: 0 });
    expect(plan.notice?.message).toBe(
      'The sequence has no In mark, so the clip was placed at the playhead. "Narration" is a voice track, so the clip\'s audio went on "Música {1} it’s #2".',
    );
    expect(catalogEnglish(plan.notice!.localized)).toBe(plan.notice!.message);
    expect(describeLocalizedIn(french, plan.notice!.localized, plan.notice!.message)).toBe(
      'La séquence n’a pas de point d’entrée : le clip a été placé à la tête de lecture. ' +
        '« Narration » est une piste de voix off : l’audio du clip est allé sur « Música {1} it’s #2 ».',
    );
  });

  it('a voice track with no free track beside it sends the audio to a new one, said in Polish', () => {
    const plan = planPlacement({ ...sequence, audioTracks: [track('Narration', 0)] }, 5, {
      audioTrackIndex: 0,
    });
    expect(plan.notice?.message).toBe('"Narration" is a voice track, so the clip\'s audio went on a new audio track.');
    expect(catalogEnglish(plan.notice!.localized)).toBe(plan.notice!.message);
    expect(describeLocalizedIn(polish, plan.notice!.localized, '')).toBe(
      '„Narration” to ścieżka lektora, więc dźwięk klipu trafił na nową ścieżkę audio.',
    );
  });
});

describe('provenance warnings in words', () => {
  const media = { durationSeconds: 5, width: 1280, height: 720, frameRate: 24, hasAudio: true, sha256: null };
  const provenance = {
    prompt: 'Gulls',
    providerId: 'kling',
    model: 'kling-v3',
    jobId: 't-1',
    seed: 0,
    costUsd: 0.35,
    createdAt: '2026-12-06T10:00:00.000Z',
  };
  const refusing = {
    capabilities: { writesProvenance: true },
    writeProvenance: () =>
      Promise.reject(
        new AppError('No Premiere Pro project is open. Open or create a project, then try again.', {
          localized: { id: 'errors.noPremiereProject' },
        }),
      ),
  } as unknown as NleHost;

  it('say the error’s own catalog message in French; an error without one stays its words, ICU characters and all', async () => {
    const recorded = await recordClipProvenance({
      host: refusing,
      sidecars: { writeBeside: () => Promise.reject(new Error("disk {full} it's #1")) },
      itemId: 'item-1',
      mediaPath: '/media/gulls.mp4',
      media,
      provenance,
    });
    const [project, sidecar] = recorded.warnings;
    expect(project!.message).toBe(
      "The clip's provenance could not be written into the project: No Premiere Pro project is open. Open or create a project, then try again.",
    );
    expect(sidecar!.message).toBe("The provenance sidecar could not be written beside gulls.mp4: disk {full} it's #1");
    for (const warning of recorded.warnings) expect(catalogEnglish(warning.localized!)).toBe(warning.message);
    expect(describeLocalizedIn(french, project!.localized!, project!.message)).toMatch(
      /^La provenance du clip n’a pas pu être inscrite dans le projet : Aucun projet/,
    );
    expect(describeLocalizedIn(french, sidecar!.localized!, sidecar!.message)).toBe(
      "Le fichier de provenance n’a pas pu être écrit à côté de gulls.mp4 : disk {full} it's #1",
    );
  });
});

describe('every placement word in every language', () => {
  it('formats without a problem and, outside English, in its own words (the track and file names as given)', async () => {
    const vertical = describeFormatMismatch({ width: 1080, height: 1920, frameRate: 24000 / 1001 }, hd25)!;
    const rateOnly = describeFormatMismatch({ width: 1920, height: 1080, frameRate: 50 }, hd25)!;
    const sizeOnly = describeFormatMismatch({ width: 1280, height: 720, frameRate: 25 }, hd25)!;
    const joined = planPlacement(
      {
        playheadSeconds: 0,
        inPointSeconds: null,
        endSeconds: 0,
        videoTracks: [],
        audioTracks: [{ kind: 'audio', index: 0, name: 'Narration', muted: false, clips: [] }],
      },
      5,
      { position: 'in-point', audioTrackIndex: 0 },
    ).notice!;
    const recorded = await recordClipProvenance({
      host: { capabilities: { writesProvenance: true }, writeProvenance: () => Promise.reject(new Error('locked')) } as unknown as NleHost,
      sidecars: { writeBeside: () => Promise.reject(new Error('full')) },
      itemId: 'i',
      mediaPath: '/m/a.mp4',
      media: { durationSeconds: 5, width: null, height: null, frameRate: null, hasAudio: true, sha256: null },
      provenance: { prompt: 'p', providerId: 'kling', model: 'm', jobId: 'j', seed: 0, costUsd: 0, createdAt: '2026-12-06T10:00:00.000Z' },
    });
    const notices = [vertical, rateOnly, sizeOnly, joined, ...recorded.warnings];
    for (const locale of APP_LOCALES) {
      const problems: string[] = [];
      const translator = createTranslator(locale, (problem) => problems.push(problem.message));
      for (const notice of notices) {
        const said = describeLocalizedIn(translator, notice.localized!, notice.message);
        if (locale === 'en') expect(said).toBe(notice.message);
        else expect(said).not.toContain(notice.message.slice(0, 20));
        for (const part of Object.values(notice.localized!.parts ?? {})) {
          if (locale !== 'en')
            expect(describeLocalizedIn(translator, part, '')).not.toMatch(/The clip|Premiere places|It plays|Its aspect/);
        }
      }
      expect(problems).toEqual([]);
    }
  });
});
