import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bridgeCall } from '../../src/entries/resolve/resolve-bridge-client';
import { createResolveBridgeHandlers } from '../../src/entries/resolve/resolve-bridge-handlers';
import { connectResolveHost } from '../../src/entries/resolve/resolve-host-proxy';
import { ResolveHost } from '../../src/hosts/resolve';
import type { GainPoint, HostNote } from '../../src/hosts/spec';
import type { LocalizedMessage } from '../../src/shared/app-error';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { describeLocalizedIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { applyDucking } from '../../src/workflows/apply-ducking';
import { builtinPreset } from '../support/builtin-preset';
import { createFakeResolve } from '../support/fake-resolve';
import { CONTRACT_SCENARIO } from './nle-host-contract';
import { premiereOnFake, ticks } from './premiere/premiere-fixtures';

const ENGLISH = createTranslator('en');
const englishOf = (localized: LocalizedMessage) =>
  (ENGLISH.t as (id: string, values?: Readonly<Record<string, string | number>>) => string)(localized.id, localized.values);
const said = (locale: AppLocale, note: HostNote) => describeLocalizedIn(createTranslator(locale), note.localized!, note.message);

/** Each note's English is its catalog English; each language says it otherwise. */
function expectWorded(notes: readonly HostNote[]) {
  for (const note of notes) {
    expect(englishOf(note.localized!)).toBe(note.message);
    for (const locale of ['fr', 'ca', 'pl', 'zh-Hans'] as const) expect(said(locale, note)).not.toBe(note.message);
  }
}

const duck = (gainDb: number): GainPoint[] => [
  { timeSeconds: 4, gainDb: 0 },
  { timeSeconds: 4.2, gainDb },
  { timeSeconds: 6, gainDb },
  { timeSeconds: 6.4, gainDb: 0 },
];

describe("the hosts' notes after a duck are said in the editor's language", () => {
  it("Premiere: a keyframe record it could not read or write, with Premiere's own error text as it came", async () => {
    const { fake, host } = premiereOnFake();
    const interviewId = `audio:0:${ticks(0)}`;
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck');
    fake.ppro.Metadata.getProjectMetadata = async () => {
      throw new TypeError('metadata unavailable');
    };
    const notes = await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-12) }], 'Duck deeper');
    expect(notes.map((note) => note.localized?.id)).toEqual(['duck.noteRecordUnread', 'duck.noteMetadataUnread']);
    expectWorded(notes);
    expect(said('fr', notes[1]!)).toBe(
      '« interview-a.mov » : ClipRelay n’a pas pu noter quelles images clés il a écrites (Premiere n’a pas fourni ses métadonnées : metadata unavailable) ; une nouvelle baisse s’y ajoutera au lieu de les remplacer, alors annulez celle-ci avant de recommencer.',
    );
  });

  it('Resolve before 21.1: the rendered-audio swap quotes the translated undo button', async () => {
    const rendered = '/media/new-clip (ducked).wav';
    const fake = createFakeResolve(
      { ...CONTRACT_SCENARIO, media: { ...CONTRACT_SCENARIO.media, [rendered]: { durationSeconds: 5, hasVideo: false, hasAudio: true } } },
      { profile: '21.0' },
    );
    const host = new ResolveHost(fake.resolve);
    const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
    const placed = await host.placeClip({ media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'Place' });
    const notes = await host.swapInRenderedAudio([{ clipId: placed.audioClipId!, renderedPath: rendered }], 'Duck');
    expectWorded(notes);
    expect(said('fr', notes[0]!)).toContain('("new-clip (ducked).wav")');
    expect(said('fr', notes[0]!)).toContain(`« ${createTranslator('fr').t('shell.resolveUndoButton')} » rétablit l’audio d’origine.`);
    expect(said('pl', notes[0]!)).toContain(`„${createTranslator('pl').t('shell.resolveUndoButton')}” przywraca oryginalny dźwięk.`);
  });

  it('Resolve before 21.1 over the bridge: the timeline-copy note keeps its words through the JSON round trip to the Duck tab', async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.0' });
    const handle = createResolveBridgeHandlers({
      resolve: fake.resolve,
      mediaFolderPath: mkdtempSync(join(tmpdir(), 'cliprelay-clips-')),
      scratchFolderPath: mkdtempSync(join(tmpdir(), 'cliprelay-otio-')),
      vault: { read: async () => ({}), write: async () => undefined },
      isAllowedUrl: () => false,
    });
    // Electron's IPC copies data; JSON is stricter (no undefined, no class instances), so what survives it survives IPC.
    const call = bridgeCall({
      invoke: async (channel, ...args) => JSON.parse(JSON.stringify(await handle(channel, JSON.parse(JSON.stringify(args))))),
    });
    const host = await connectResolveHost(call);
    const result = await applyDucking({ host, voiceTrackIndices: [0], preset: builtinPreset('standard') });
    // The plan's own warning (a retimed bed Resolve leaves alone) first, the host's note after it, each with its words.
    expect(result.warnings).toEqual([
      expect.stringMatching(/^"Bed 2x" on A2 is retimed \(speed 200 %\)/),
      expect.stringMatching(/ducked a copy of the timeline .*"Contract \(ClipRelay ducked\)"/),
    ]);
    expect(result.warningWords?.map((words) => words?.id)).toEqual(['duck.warnRetimed', 'duck.noteTimelineCopy']);
    expect(result.warningWords![1]).toEqual({ id: 'duck.noteTimelineCopy', values: { timeline: 'Contract (ClipRelay ducked)' } });
    const note = { message: result.warnings[1]!, localized: result.warningWords![1]! };
    expectWorded([note]);
    expect(said('fr', note)).toBe(
      'Ce Resolve ne laisse pas un plug-in changer le volume d’un clip (c’est arrivé avec la 21.1) : ClipRelay a donc baissé une copie de la timeline par l’export OTIO de Resolve et l’a ouverte : « Contract (ClipRelay ducked) ». La timeline d’origine est intacte ; « Annuler la dernière modification ClipRelay » supprime la copie.',
    );
  });
});

describe('catalog messages that quote the Resolve undo button quote it as each language labels it', () => {
  it.each(['fr', 'ca', 'pl', 'zh-Hans'] as const)('%s', (locale) => {
    const translator = createTranslator(locale);
    const button = translator.t('shell.resolveUndoButton');
    expect(translator.t('host.alreadyRendered', { clipName: 'Bed' })).toContain(button);
    expect(translator.t('duck.noteTimelineCopy', { timeline: 'T' })).toContain(button);
    expect(translator.t('duck.noteRenderedSwap', { files: '"a.wav"' })).toContain(button);
    expect(translator.t('host.alreadyRendered', { clipName: 'Bed' })).not.toContain('Undo last ClipRelay change');
  });
});
