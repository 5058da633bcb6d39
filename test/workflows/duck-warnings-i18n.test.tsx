import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { duckPresetSchema, type DuckPreset } from '../../src/domain/ducking';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import type { HostNote, TimelineClip } from '../../src/hosts/spec';
import { AppError } from '../../src/shared/app-error';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { describeLocalizedIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { DuckPreview } from '../../src/ui/duck/duck-preview';
import { MessagesProvider } from '../../src/ui/i18n/use-messages';
import { planDucking } from '../../src/workflows/apply-ducking';
import { duckWarning } from '../../src/workflows/duck-warnings';
import { builtinPreset } from '../support/builtin-preset';

const ENGLISH = createTranslator('en');
const LOCALES: readonly AppLocale[] = ['fr', 'ca', 'pl', 'zh-Hans'];

/** The catalog's English for the note's message id and (English) values: what the CLI prints must be it, word for word. */
const englishOf = (note: HostNote) =>
  (ENGLISH.t as (id: string, values?: Readonly<Record<string, string | number>>) => string)(note.localized!.id, note.localized!.values);
const said = (locale: AppLocale, note: HostNote) => describeLocalizedIn(createTranslator(locale), note.localized!, note.message);

const clip = (overrides: Partial<TimelineClip>): TimelineClip =>
  ({ id: 'c', name: 'Bed', trackIndex: 1, speed: 1, reversed: false, ...overrides }) as TimelineClip;

// Names and host text with ICU's own characters: values are never read as ICU.
const name = fc.string({ minLength: 1, maxLength: 12 }).map((text) => `${text}{x}'#`);
const depthDb = fc.integer({ min: -48, max: -2 }).map((halves) => halves / 2);
const error = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => new Error(`${text}{'#}`)),
  fc.constant(new AppError('Pick the voice-over track first.', { localized: { id: 'duck.pickVoiceTrackFirst' } })),
);

/** Every warning the plan and the hosts' builders make, over random names, depths and errors. */
const anyWarning = fc.oneof(
  fc
    .record({ name, track: fc.nat(9), speed: fc.constantFrom(1, 2, 0.5, -1), reversed: fc.boolean(), host: name })
    .filter(({ speed, reversed }) => speed !== 1 || reversed)
    .map(({ name: clipName, track, speed, reversed, host }) =>
      duckWarning.retimed(clip({ name: clipName, trackIndex: track, speed, reversed }), host),
    ),
  fc.record({ name, reason: name }).map(({ name: clipName, reason }) => duckWarning.notListenable(clip({ name: clipName }), reason)),
  fc.record({ name, depthDb }).map(({ name: preset, depthDb: depth }) => duckWarning.gapNeedsMedia(preset, depth)),
  depthDb.map((depth) => duckWarning.noVoiceLoudness(depth)),
  fc
    .record({
      error,
      fallback: fc.oneof(
        fc.constant({ kind: 'whole-clip' as const }),
        fc.constant({ kind: 'voice-loudness' as const }),
        depthDb.map((depth) => ({ kind: 'fixed-depth' as const, depthDb: depth })),
      ),
    })
    .map(({ error: thrown, fallback }) => duckWarning.unread(thrown, fallback)),
);

describe("the Duck tab's warnings carry their catalog message", () => {
  it('the English the CLI prints is the catalog English for the same values, and every language says something else', () => {
    fc.assert(
      fc.property(anyWarning, (note) => {
        expect(englishOf(note)).toBe(note.message);
        for (const locale of LOCALES) expect(said(locale, note)).not.toBe(note.message);
      }),
      { numRuns: 200 },
    );
  });

  it('says each warning in French, names and host text as they came', () => {
    const fr = (note: HostNote) => said('fr', note);
    expect(fr(duckWarning.retimed(clip({ name: 'Music {A}', speed: 2, reversed: true }), 'Premiere Pro'))).toBe(
      '« Music {A} » sur A2 a une vitesse modifiée (vitesse 200 %, inversé) ; Premiere Pro ne sait pas encore y placer d’images clés de baisse de façon fiable, il est donc resté tel quel.',
    );
    expect(fr(duckWarning.notListenable(clip({ name: 'VO' }), 'a nested sequence'))).toBe(
      '« VO » sur A2 ne peut pas être écouté (a nested sequence) ; baisse sous le clip entier à la place.',
    );
    expect(fr(duckWarning.gapNeedsMedia('Accessible', -9.5))).toBe(
      'Accessible : un écart cible exige les fichiers médias ; baisse fixe de -9,5 dB à la place.',
    );
    expect(fr(duckWarning.noVoiceLoudness(-9))).toBe(
      'La voix n’a pas de sonie mesurable sous sa parole ; baisse fixe de -9 dB à la place.',
    );
    expect(fr(duckWarning.unread(new Error("bed.mp4: it's AAC"), { kind: 'whole-clip' }))).toBe(
      "bed.mp4: it's AAC — baisse sous le clip entier à la place.",
    );
    expect(fr(duckWarning.unread(new Error('x'), { kind: 'voice-loudness' }))).toBe('x — la sonie de la voix s’en passe.');
    // An error with its own catalog message is said in French too.
    const translated = new AppError('Pick the voice-over track first.', { localized: { id: 'duck.pickVoiceTrackFirst' } });
    expect(fr(duckWarning.unread(translated, { kind: 'fixed-depth', depthDb: -9 }))).toBe(
      `${createTranslator('fr').t('duck.pickVoiceTrackFirst')} — baisse fixe de -9 dB à la place.`,
    );
  });
});

describe('the plan keeps each warning’s words at its index, and the preview says them in the panel’s language', () => {
  const accessible: DuckPreset = duckPresetSchema.parse({
    ...builtinPreset('standard'),
    id: 'accessible',
    name: 'Accessible',
    targetGapDb: 20,
    minDepthDb: -3,
    maxDepthDb: -18,
  });
  const host = new SandboxHost(
    createSandboxState({
      sequenceName: 'Duck',
      frameRate: 25,
      playheadSeconds: 0,
      videoTracks: [],
      audioTracks: [
        { name: 'VO', clips: [{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }] },
        { name: 'Gen', clips: [{ name: 'gen', mediaPath: '/media/bed.wav', startSeconds: 0, endSeconds: 30 }] },
      ],
    }),
    { probeMedia: async () => ({ durationSeconds: 1, hasVideo: false, hasAudio: true }) },
  );

  it('a target gap without media: English as before, French in the preview', async () => {
    const plan = await planDucking({ host, voiceTrackIndices: [0], preset: accessible });
    expect(plan.warnings).toEqual(['Accessible: a target gap needs the media files; ducking by the fixed -9 dB instead.']);
    expect(plan.warningWords).toEqual([{ id: 'duck.warnGapNeedsMedia', values: { preset: 'Accessible', depthDb: -9 } }]);
    const html = (locale: AppLocale) =>
      renderToStaticMarkup(
        <MessagesProvider locale={locale}>
          <DuckPreview plan={plan} clipLabel={(id) => id} />
        </MessagesProvider>,
      );
    expect(html('en')).toContain('Accessible: a target gap needs the media files; ducking by the fixed -9 dB instead.');
    expect(html('fr')).toContain('Accessible : un écart cible exige les fichiers médias ; baisse fixe de -9 dB à la place.');
    expect(html('fr')).not.toContain('a target gap needs');
  });

  it('a warning whose words say other English than it (edited out of step) is shown in its English', () => {
    const plan = {
      voiceRegions: [],
      envelopes: [],
      undoLabel: 'x',
      voiceSource: 'clip-extents' as const,
      depths: [],
      voiceLoudnessLufs: null,
      warnings: ['Something else entirely.', 'Provider text'],
      warningWords: [{ id: 'duck.warnNoVoiceLoudness' as const, values: { depthDb: -9 } }, null],
    };
    const html = renderToStaticMarkup(
      <MessagesProvider locale="fr">
        <DuckPreview plan={plan} clipLabel={(id) => id} />
      </MessagesProvider>,
    );
    expect(html).toContain('Something else entirely.');
    expect(html).toContain('Provider text');
  });
});
