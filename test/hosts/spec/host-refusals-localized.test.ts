import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GainReadBackError } from '../../../src/hosts/premiere/premiere-gain-verify';
import { premiereRefusal } from '../../../src/hosts/premiere/premiere-refusals';
import { PartialTransactionError } from '../../../src/hosts/premiere/run-transaction';
import { resolveRefusal } from '../../../src/hosts/resolve/resolve-refusals';
import { sandboxRefusal } from '../../../src/hosts/sandbox/sandbox-refusals';
import { HostOperationError, TrackOccupiedError, type HostOperation } from '../../../src/hosts/spec';
import { HOST_OPERATION_KINDS } from '../../../src/hosts/spec/host-operation';
import { APP_LOCALES, SOURCE_LOCALE, type AppLocale } from '../../../src/shared/i18n/app-locale';
import type { MessageId } from '../../../src/shared/i18n/catalogs';
import { EN_HOST } from '../../../src/shared/i18n/catalogs/en/host';
import { describeErrorIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';

type Loose = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

function strictTranslator(locale: AppLocale) {
  return createTranslator(locale, (problem) => {
    throw new Error(`${locale}: ${problem.message}`);
  });
}

const english = strictTranslator(SOURCE_LOCALE);

/** Every way a host words a refusal, fed one text (a name, id, path, timecode or host exception) and one number. */
const REFUSALS: Readonly<Record<string, (operation: HostOperation, text: string, n: number) => HostOperationError>> = {
  itemGone: (op, text) => HostOperationError.itemGone(op, text),
  clipGone: (op, text) => HostOperationError.clipGone(op, text),
  twoEnvelopes: (op, text) => HostOperationError.twoEnvelopes(op, text),
  clipNotOnTimeline: (op, text) => HostOperationError.clipNotOnTimeline(op, text),
  trackIndexMissing: (op, _text, n) => HostOperationError.trackIndexMissing(op, n % 2 === 0 ? 'video' : 'audio', n),
  trackOccupied: (op, text, n) => new TrackOccupiedError(op, 'audio', n, text),
  resolveCannotOverwrite: (op) => HostOperationError.resolveCannotOverwrite(op),
  resolveRetimed: (op, _text, n) => HostOperationError.resolveRetimed(op, n),
  sandboxDrawsNoFrames: (op) => sandboxRefusal.drawsNoFrames(op),
  cannotReadMedia: (op, text) => sandboxRefusal.cannotReadMedia(op, text, new Error('x')),
  noVideoClipAt: (op, text) => sandboxRefusal.noVideoClipAt(op, text),
  cannotDrawFrame: (op, text) => sandboxRefusal.cannotDrawFrame(op, text, `${text}:00`, new Error('x')),
  browserCouldNotDraw: (op, text) => sandboxRefusal.browserCouldNotDraw(op, text),
  browserCannotDecode: (op, text) => sandboxRefusal.browserCannotDecode(op, text),
  undoTimelineGone: (op) => resolveRefusal.undoTimelineGone(op),
  resolveCannotDuckAtAll: (op) => resolveRefusal.cannotDuckAtAll(op),
  resolveOtioNotExported: (op) => resolveRefusal.otioNotExported(op),
  resolveDuckedCopyNotImported: (op, text) => resolveRefusal.duckedCopyNotImported(op, text),
  resolveUnreadableFrameRate: (op, text) => resolveRefusal.unreadableFrameRate(op, text),
  resolveUnreadableTimecode: (op, text) => resolveRefusal.unreadableTimecode(op, text),
  resolveNoPoolItemToLay: (op, text) => resolveRefusal.noPoolItemToLay(op, text),
  resolveClipNotLifted: (op, text) => resolveRefusal.clipNotLifted(op, text),
  resolveStepNotLaid: (op, _text, n) => resolveRefusal.stepNotLaid(op, n),
  resolveLevelNotKept: (op, _text, n) => resolveRefusal.levelNotKept(op, -n, n),
  resolveDuckNotLinked: (op, text) => resolveRefusal.duckNotLinked(op, text),
  resolveBinNotOpened: (op, text) => resolveRefusal.binNotOpened(op, text),
  resolveBinNotCreated: (op, text) => resolveRefusal.binNotCreated(op, text, `${text}/parent`),
  resolveMediaNotImported: (op, text) => resolveRefusal.mediaNotImported(op, text),
  resolvePoolItemGone: (op, text) => resolveRefusal.poolItemGone(op, text),
  resolveTrackMissing: (op, _text, n) => resolveRefusal.trackMissing(op, n + 2, n + 1),
  resolveTrackNotAdded: (op, _text, n) => resolveRefusal.trackNotAdded(op, n % 2 === 0 ? 'video' : 'audio'),
  resolveNothingPlaced: (op, text) => resolveRefusal.nothingPlaced(op, text),
  resolveVideoAudioNotLinked: (op) => resolveRefusal.videoAudioNotLinked(op),
  resolveProvenanceNotKept: (op) => resolveRefusal.provenanceNotKept(op),
  resolveNeedsClipVolume: (op) => resolveRefusal.needsClipVolume(op),
  resolveAlreadySplit: (op, text) => resolveRefusal.alreadySplit(op, text),
  resolveNoSoundIn: (op, text) => resolveRefusal.noSoundIn(op, text),
  resolveAudioNotTakenOut: (op, text) => resolveRefusal.audioNotTakenOut(op, text),
  resolveRenderNotPlaced: (op, text) => resolveRefusal.renderNotPlaced(op, text),
  resolveRenderNotLinked: (op, text) => resolveRefusal.renderNotLinked(op, text),
  renderedClipUnreadable: (op, text) => resolveRefusal.renderedClipUnreadable(op, text),
  alreadyRendered: (op, text) => resolveRefusal.alreadyRendered(op, text),
  premiereClipLeftTimeline: (op, text) => premiereRefusal.clipLeftTimeline(op, text),
  premiereNoVolumeEffect: (op, text) => premiereRefusal.noVolumeEffect(op, text),
  premiereLevelNotANumber: (op, text) => premiereRefusal.levelNotANumber(op, text),
  premiereFrameNotExported: (op, text) => premiereRefusal.frameNotExported(op, text, new Error('x')),
  premiereFrameExportDeclined: (op, text) => premiereRefusal.frameExportDeclined(op, text),
  premiereExportedFrameMissing: (op, text) => premiereRefusal.exportedFrameMissing(op, text, new Error('x')),
  stillNotAnImage: (op, text) => premiereRefusal.stillNotAnImage(op, text),
  stillUnreadable: (op, text) => premiereRefusal.stillUnreadable(op, text, new Error('x')),
  stillGone: (op) => premiereRefusal.stillGone(op),
  premiereTimebaseUnreadable: (op, text) => premiereRefusal.timebaseUnreadable(op, text),
  premiereMetadataColumnRefused: (op, text) => premiereRefusal.metadataColumnRefused(op, 'ClipRelay job', text, new Error(text)),
  premiereMetadataNotEditable: (op, text) => premiereRefusal.metadataNotEditable(op, 'Shot 1', text, new Error(text)),
  premiereMetadataNotKept: (op, text) => premiereRefusal.metadataNotKept(op, text),
  premiereEditNotPrepared: (op, text, n) => premiereRefusal.editNotPrepared(op, n + 1, n + 2, text, new Error(text)),
  premiereTransactionFailed: (op, text) => premiereRefusal.transactionFailed(op, text, new Error(text)),
  premiereFirstEditRefused: (op, _text, n) => premiereRefusal.firstEditRefused(op, n + 1),
  premiereNotCommitted: (op) => premiereRefusal.notCommitted(op),
  premierePartialTransaction: (op, _text, n) => new PartialTransactionError(op, n + 2, n + 3),
  premiereNoFramesFolder: (op) => premiereRefusal.noFramesFolder(op),
  premiereMediaLeftProject: (op, text) => premiereRefusal.mediaLeftProject(op, text),
  premiereNoMediaLength: (op, text) => premiereRefusal.noMediaLength(op, text),
  premierePlacedClipMissing: (op, text, n) => premiereRefusal.placedClipMissing(op, text, n),
  premiereClipsShifted: (op, _text, n) => premiereRefusal.clipsShifted(op, Math.floor(n) + 1, n),
  premiereRetimed: (op, text, n) => premiereRefusal.retimed(op, { speed: n, reversed: n === 1 || text.length % 2 === 0 }),
  premiereKeyframesNotRecorded: (op, text) => premiereRefusal.keyframesNotRecorded(op, text, new Error('x')),
  premiereGainNotKept: (op, text) => new GainReadBackError(op, 'a-1', [text, 'no keyframe at 1.000 s media time']),
  premiereImportThrew: (op, text) => premiereRefusal.importThrew(op, '/media/clip.mp4', text, new Error(text)),
  premiereImportRefused: (op, text) => premiereRefusal.importRefused(op, text),
  premiereImportedItemMissing: (op, text, n) => premiereRefusal.importedItemMissing(op, text, 'ClipRelay/Kling', Math.floor(n) + 1),
  premiereCreatedBinMissing: (op) => premiereRefusal.createdBinMissing(op),
};

const operationArb = fc.record({ kind: fc.constantFrom(...HOST_OPERATION_KINDS), name: fc.string() });
/** Names, paths and host exception text a person or a host may write, ICU's own characters included. */
const textArb = fc.oneof(fc.string(), fc.constantFrom('{count, plural, one {#} other {#}}', "it's {x}", '#', "''", '}{'));
const numberArb = fc.double({ min: 0, max: 1e6, noNaN: true });

describe('every host refusal', () => {
  it('has one catalog message, and every message of the host area belongs to one', () => {
    const ids = Object.values(REFUSALS).map((make) => make(IMPORT_OP, 't', 3).localized!.parts!['detail']!.id);
    expect(new Set(ids)).toEqual(new Set(Object.keys(EN_HOST)));
    expect(
      Object.keys(REFUSALS)
        .map((name) => `host.${name}`)
        .sort(),
    ).toEqual(Object.keys(EN_HOST).sort());
  });

  it.each(Object.entries(REFUSALS))(
    '%s: the English message is the English catalog text, for any names, numbers and host text',
    (_, make) => {
      fc.assert(
        fc.property(operationArb, textArb, numberArb, (operation, text, n) => {
          const error = make(operation, text, n);
          const detail = error.localized!.parts!['detail']!;
          expect(error.message).toBe(`${operation.name} failed: ${error.detail}`);
          expect((english.t as Loose)(detail.id, detail.values)).toBe(error.detail);
          expect(error.kind).toBe(operation.kind);
        }),
        { numRuns: 30 },
      );
    },
  );

  it.each(Object.entries(REFUSALS))('%s: said in every language, the host text shown as it came', (_, make) => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...APP_LOCALES.filter((locale) => locale !== SOURCE_LOCALE)), (text, locale) => {
        const error = make(DUCK_OP, `«${text}»`, 4);
        const said = describeErrorIn(strictTranslator(locale), error);
        expect(said).not.toContain(error.detail);
        expect(said).not.toContain('ClipRelay: duck Interview failed');
        for (const value of Object.values(error.localized!.parts!['detail']!.values ?? {}))
          if (typeof value === 'string' && value.includes(`«${text}»`)) expect(said).toContain(value);
      }),
      { numRuns: 10 },
    );
  });
});

const IMPORT_OP: HostOperation = { kind: 'importMedia', name: 'Import media' };
const DUCK_OP: HostOperation = { kind: 'duck', name: 'ClipRelay: duck Interview' };
const french = strictTranslator('fr');
const polish = strictTranslator('pl');

describe('host refusals in French and Polish', () => {
  it.each([
    [
      premiereRefusal.importThrew(IMPORT_OP, '/media/clip.mp4', "Illegal Parameter type {0}'s", null),
      "Import media failed: Premiere could not import /media/clip.mp4: Illegal Parameter type {0}'s",
      "Échec de l’opération « Importation » : Premiere n’a pas pu importer /media/clip.mp4 : Illegal Parameter type {0}'s",
    ],
    [
      resolveRefusal.levelNotKept(DUCK_OP, -12.5, 3.25),
      "ClipRelay: duck Interview failed: Resolve did not keep -12.5 dB on the duck's step at 3.25 s",
      'Échec de l’opération « Atténuation audio » : Resolve n’a pas conservé -12,5 dB sur le palier d’atténuation à 3,25 s',
    ],
    [
      HostOperationError.trackIndexMissing({ kind: 'placeClip', name: 'ClipRelay: place Veo clip' }, 'video', 4),
      'ClipRelay: place Veo clip failed: video track index 4 does not exist',
      'Échec de l’opération « Placement du plan » : la piste vidéo d’index 4 n’existe pas',
    ],
    [
      premiereRefusal.retimed(DUCK_OP, { speed: -2, reversed: true }),
      'ClipRelay: duck Interview failed: the clip is retimed (its speed is 200 %, it plays reversed); ClipRelay does not duck retimed clips yet — duck this one by hand',
      'Échec de l’opération « Atténuation audio » : le plan a une vitesse modifiée (vitesse 200 %, lu à l’envers) ; ClipRelay n’atténue pas encore ces plans — atténuez celui-ci à la main',
    ],
    [
      premiereRefusal.clipsShifted({ kind: 'placeClip', name: 'ClipRelay: place Kling clip' }, 1, 12.5),
      'ClipRelay: place Kling clip failed: Premiere moved 1 clip(s) that start after 12.50 s while adding the new track; Edit › Undo "ClipRelay: place Kling clip" puts them back (please send the Diagnostics report)',
      'Échec de l’opération « Placement du plan » : Premiere a déplacé 1 plan qui commence après 12,50 s en ajoutant la nouvelle piste ; Édition › Annuler « ClipRelay: place Kling clip » les remet en place (merci d’envoyer le rapport de diagnostic)',
    ],
  ])('%#: English as before, French in French', (error, englishText, frenchText) => {
    expect(error.message).toBe(englishText);
    expect(describeErrorIn(english, error)).toBe(englishText);
    expect(describeErrorIn(french, error)).toBe(frenchText);
  });

  it('counts in Polish take their plural forms', () => {
    const place: HostOperation = { kind: 'placeClip', name: 'ClipRelay: place Kling clip' };
    expect(describeErrorIn(polish, premiereRefusal.clipsShifted(place, 2, 1))).toContain('przesunął 2 klipy zaczynające się po 1,00 s');
    expect(describeErrorIn(polish, premiereRefusal.clipsShifted(place, 5, 1))).toContain('przesunął 5 klipów zaczynających się');
    expect(describeErrorIn(polish, new PartialTransactionError(place, 3, 4))).toContain('2 poprzednie edycje zostały zastosowane');
    expect(describeErrorIn(polish, new PartialTransactionError(place, 6, 9))).toContain('5 poprzednich edycji zostało zastosowanych');
    expect(describeErrorIn(polish, premiereRefusal.importedItemMissing(IMPORT_OP, '/m/a.mp4', 'ClipRelay', 5))).toContain(
      'po 5 wyszukiwaniach',
    );
  });
});
