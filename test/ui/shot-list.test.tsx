import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { draftFromJob, initialDraft, requestFromDraft } from '../../src/ui/generate/generate-draft';
import { addShot, describeShotTotal, moveShot, removeShot, updateShot } from '../../src/ui/generate/shot-list';
import { ShotListEditor } from '../../src/ui/generate/shot-list-editor';
import type { ModelChoice } from '../../src/ui/panel-services';
import type { JobRecord } from '../../src/workflows/jobs/job-record';

const a = { prompt: 'wide', durationSeconds: 4 };
const b = { prompt: 'close', durationSeconds: 3 };
const c = { prompt: 'aerial', durationSeconds: 3 };

describe('shot list operations', () => {
  it('adds a shot with the seconds the clip has left, at least 1', () => {
    expect(addShot([a, b], 10)).toEqual([a, b, { prompt: '', durationSeconds: 3 }]);
    expect(addShot([a, b, c], 10).at(-1)).toEqual({ prompt: '', durationSeconds: 1 });
  });

  it('removes, reorders (ignoring moves past either end) and edits one shot', () => {
    expect(removeShot([a, b, c], 1)).toEqual([a, c]);
    expect(moveShot([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(moveShot([a, b, c], 0, 1)).toEqual([b, a, c]);
    expect(moveShot([a, b, c], 0, -1)).toEqual([a, b, c]);
    expect(moveShot([a, b, c], 2, 1)).toEqual([a, b, c]);
    expect(updateShot([a, b], 1, { durationSeconds: 6 })).toEqual([a, { prompt: 'close', durationSeconds: 6 }]);
  });

  it('says how the shots stand against the clip', () => {
    expect(describeShotTotal([a, b, c], 10)).toBe('Shots 10 s of the 10 s clip: they match.');
    expect(describeShotTotal([a, b], 10)).toBe('Shots 7 s of the 10 s clip: 3 s left.');
    expect(describeShotTotal([a, b, c], 8)).toBe('Shots 10 s of the 8 s clip: 2 s too many.');
  });
});

describe('ShotListEditor', () => {
  const render = (props: Partial<Parameters<typeof ShotListEditor>[0]> = {}) =>
    renderToStaticMarkup(
      <ShotListEditor shots={[a, b]} clipSeconds={10} maxShots={6} modelName="Kling 3.0" onChange={() => undefined} {...props} />,
    );

  it('labels every control by its shot, and shows the total against the clip', () => {
    const html = render();
    expect(html).toContain('aria-label="Shot list"');
    expect(html).toMatch(
      /<sp-field-label for="([^"]+)">Shot 1 prompt<\/sp-field-label><sp-textarea id="\1" name="shot-1-prompt" label="Shot 1 prompt"/,
    );
    expect(html).toMatch(
      /<sp-field-label for="([^"]+)">Shot 2 seconds<\/sp-field-label><sp-textfield id="\1" name="shot-2-seconds" label="Shot 2 seconds"/,
    );
    expect(html).toContain('aria-label="Move shot 2 up"');
    expect(html).toContain('aria-label="Remove shot 1"');
    expect(html).toMatch(/role="status"[^>]*>Shots 7 s of the 10 s clip: 3 s left\./);
    expect(html).toContain('Kling 3.0 follows the shot prompts; the prompt above names the clip.');
    expect(render({ shots: [] })).not.toContain('follows the shot prompts');
  });

  it('disables the moves that go nowhere and Add shot at the model\u2019s limit', () => {
    expect(render()).toMatch(/<sp-action-button[^>]*disabled=""[^>]*aria-label="Move shot 1 up"/);
    expect(render()).toMatch(/<sp-action-button[^>]*disabled=""[^>]*aria-label="Move shot 2 down"/);
    expect(render()).not.toMatch(/disabled=""[^>]*>Add shot/);
    expect(render({ shots: [a, b], maxShots: 2 })).toMatch(/disabled=""[^>]*>Add shot/);
  });

  it('shows nothing for a one-shot model with no shots, and offers to clear shots left from another model', () => {
    expect(render({ shots: [], maxShots: undefined })).toBe('');
    const html = render({ maxShots: undefined, modelName: 'Kling 2.6' });
    expect(html).toContain('2 shots kept from another model; Kling 2.6 makes one shot per clip.');
    expect(html).toContain('>Clear shots</sp-action-button>');
  });
});

describe('the Generate draft carries shots', () => {
  const kling: ModelChoice = {
    id: 'kling-v3',
    displayName: 'Kling 3.0',
    durationsSeconds: [10],
    aspectRatios: ['16:9'],
    audio: 'toggle',
    pricePerSecondUsd: 0.1,
  };
  const draft = {
    ...initialDraft([
      {
        id: 'kling',
        displayName: 'Kling',
        models: [kling],
        credentials: [],
        create: async () => {
          throw new Error('unused');
        },
      },
    ]),
    prompt: 'harbour',
  };

  it('starts empty, sends none for an empty list, and sends trimmed shots otherwise', () => {
    expect(draft.shots).toEqual([]);
    expect(requestFromDraft(draft, kling).shots).toBeUndefined();
    expect(requestFromDraft({ ...draft, shots: [{ prompt: ' wide ', durationSeconds: 10 }] }, kling).shots).toEqual([
      { prompt: 'wide', durationSeconds: 10 },
    ]);
  });

  it('brings a job\u2019s shots back into the form', () => {
    const job = {
      providerId: 'kling',
      request: { model: 'kling-v3', prompt: 'p', durationSeconds: 7, aspectRatio: '16:9', audio: true, clientJobId: 'j', shots: [a, b] },
    } as unknown as JobRecord;
    expect(draftFromJob(job).shots).toEqual([a, b]);
  });
});
