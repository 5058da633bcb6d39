import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBridgedError, toBridgedError } from '../../../src/entries/resolve/resolve-bridge-errors';
import { HostOperationError, TrackOccupiedError } from '../../../src/hosts/spec';
import { HOST_OPERATION_KINDS, hostOperationKindOf } from '../../../src/hosts/spec/host-operation';
import { APP_LOCALES, SOURCE_LOCALE, type AppLocale } from '../../../src/shared/i18n/app-locale';
import type { MessageId } from '../../../src/shared/i18n/catalogs';
import { describeErrorIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';

type Loose = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

function strictTranslator(locale: AppLocale) {
  return createTranslator(locale, (problem) => {
    throw new Error(`${locale}: ${problem.message}`);
  });
}

const english = strictTranslator(SOURCE_LOCALE);
const french = strictTranslator('fr');

describe('the operation vocabulary', () => {
  it.each([
    ['Import media', 'importMedia'],
    ['Import', 'importMedia'],
    ['Read the timeline', 'readSequence'],
    ['ClipRelay: place Kling clip', 'placeClip'],
    ['ClipRelay: duck Interview (soft)', 'duck'],
    ['ClipRelay: record clip provenance', 'recordProvenance'],
    ['Undo', 'undo'],
    ['Something a newer host does', 'other'],
    ['ClipRelay: place', 'other'],
  ])('%s is %s', (operation, kind) => {
    expect(hostOperationKindOf(operation)).toBe(kind);
  });

  it.each(APP_LOCALES.filter((locale) => locale !== SOURCE_LOCALE))('%s names every kind in its own words', (locale) => {
    const t = strictTranslator(locale).t as Loose;
    for (const kind of HOST_OPERATION_KINDS) {
      const said = t('errors.hostOperationFailed', { kind, operation: 'ENGLISH-OPERATION', detail: 'd' });
      expect(said, kind).not.toContain('ENGLISH-OPERATION');
    }
    // An operation this build has no word for is shown as the host named it.
    expect(t('errors.hostOperationFailed', { kind: 'other', operation: 'ENGLISH-OPERATION', detail: 'd' })).toContain('ENGLISH-OPERATION');
  });
});

describe('HostOperationError and TrackOccupiedError', () => {
  it('English catalog text is the message word for word, whatever the operation and detail', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (operation, detail) => {
        const error = new HostOperationError(operation, detail);
        expect(error.message).toBe(`${operation} failed: ${detail}`);
        expect((english.t as Loose)(error.localized!.id, error.localized!.values)).toBe(error.message);
        expect(describeErrorIn(english, error)).toBe(error.message);
      }),
    );
  });

  it('a track already taken: English as before, French says it all in French', () => {
    const error = new TrackOccupiedError('ClipRelay: place Kling clip', 'audio', 1, 'VO take 3');
    expect(error.message).toBe(
      'ClipRelay: place Kling clip failed: A2 is occupied by "VO take 3" over the clip\'s span; ClipRelay never overwrites unless asked to',
    );
    expect((english.t as Loose)(error.localized!.id, error.localized!.values)).toBe(error.message);
    expect(describeErrorIn(french, error)).toBe(
      'Échec de l’opération « Placement du plan » : la piste A2 est occupée par « VO take 3 » sur la durée du plan ; ClipRelay n’écrase rien sans votre demande',
    );
    expect(describeErrorIn(strictTranslator('pl'), error)).toContain('ścieżka A2 jest zajęta przez „VO take 3”');
  });

  it('a refused edit names the operation in French and keeps the host detail as worded', () => {
    const error = new HostOperationError('Import media', 'cannot read /media/clip.mp4');
    expect(describeErrorIn(french, error)).toBe('Échec de l’opération « Importation » : cannot read /media/clip.mp4');
    expect(describeErrorIn(strictTranslator('zh-Hans'), error)).toBe('操作“导入”失败：cannot read /media/clip.mp4');
  });

  it('subclasses keep the catalog message of the refusal', () => {
    const error = new TrackOccupiedError('Import', 'video', 0, 'Shot 1');
    expect(error).toBeInstanceOf(HostOperationError);
    expect(error.localized?.id).toBe('errors.trackOccupied');
    expect(error.detail).toBe('V1 is occupied by "Shot 1" over the clip\'s span; ClipRelay never overwrites unless asked to');
  });

  it('crossing the Resolve bridge keeps the detail, so the page says it in its language', () => {
    const refused = fromBridgedError(
      toBridgedError(new HostOperationError('ClipRelay: duck Interview', 'Resolve did not link the ducked audio')),
    );
    expect(refused).toBeInstanceOf(HostOperationError);
    expect(refused.message).toBe('ClipRelay: duck Interview failed: Resolve did not link the ducked audio');
    expect(describeErrorIn(french, refused)).toBe('Échec de l’opération « Atténuation audio » : Resolve did not link the ducked audio');
    const occupied = fromBridgedError(toBridgedError(new TrackOccupiedError('ClipRelay: place Veo clip', 'video', 2, 'B-roll')));
    expect(describeErrorIn(french, occupied)).toContain('la piste V3 est occupée par « B-roll »');
  });

  it.each([
    [
      HostOperationError.itemGone('Reveal in bin', 'item-7'),
      'Reveal in bin failed: project item item-7 is not in the project',
      'Échec de l’opération « Affichage dans le chutier » : l’élément de projet item-7 n’est pas dans le projet',
    ],
    [
      HostOperationError.clipGone('ClipRelay: duck Interview', 'a-3'),
      'ClipRelay: duck Interview failed: audio clip a-3 is no longer on the timeline; read the sequence again',
      'Échec de l’opération « Atténuation audio » : le plan audio a-3 n’est plus dans la séquence ; relisez la séquence',
    ],
    [
      HostOperationError.twoEnvelopes('Ducked copy', 'a-3'),
      'Ducked copy failed: two envelopes for audio clip a-3; merge them into one',
      'Échec de l’opération « Ducked copy » : deux enveloppes pour le plan audio a-3 ; fusionnez-les en une seule',
    ],
  ])('the refusals every host words alike: %s', (error, englishText, frenchText) => {
    expect(error.message).toBe(englishText);
    expect((english.t as Loose)(error.localized!.id, error.localized!.values)).toBe(englishText);
    expect(describeErrorIn(french, error)).toBe(frenchText);
  });
});
