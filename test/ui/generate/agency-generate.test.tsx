import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { resolveClientTag } from '../../../src/domain/packs';
import { parsePresetPack, type PresetPack } from '../../../src/domain/presets';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { ClientTagField } from '../../../src/ui/generate/client-tag-field';
import { initialDraft } from '../../../src/ui/generate/generate-draft';
import { PromptLibrarySearch } from '../../../src/ui/generate/prompt-library-search';
import type { ClientTagResult } from '../../../src/ui/generate/use-client-tag';
import { useGenerateAction } from '../../../src/ui/generate/use-generate-action';
import type { ModelChoice, PanelServices, ProviderChoice } from '../../../src/ui/panel-services';
import { agencyPack } from '../../support/pack-fixtures';
import { byName } from '../duck/element-tree';

const acme: PresetPack = parsePresetPack(JSON.stringify(agencyPack()), 'the test pack');
const tagging = { tagFrom: 'list' as const, names: ['Globex', 'Initech'] };

describe('ClientTagField (Generate tab)', () => {
  it('is not shown when no pack lists clients (the project is the client)', () => {
    const result = resolveClientTag(null, { projectName: 'Harbour promo' });
    expect(result).toEqual({ tag: 'Harbour promo' });
    expect(renderToStaticMarkup(<ClientTagField tagging={null} chosen="" result={result} onChoose={() => {}} />)).toBe('');
  });

  it("offers the pack's clients, starting on the one the project name suggests", () => {
    const result = resolveClientTag(tagging, { projectName: 'Globex spring promo' });
    const html = renderToStaticMarkup(<ClientTagField tagging={tagging} chosen="" result={result} onChoose={() => {}} />);
    expect(html).toContain('data-label="Client (for budgets and reports)"');
    expect(html).toContain('From the project name (Globex)');
    expect(html).toContain('>Initech</sp-menu-item>');
    expect(html).not.toContain('role="alert"');
  });

  it('hands the picked client on, and the suggestion back as no choice', () => {
    const onChoose = vi.fn();
    const result = resolveClientTag(tagging, { projectName: 'Globex spring promo', chosen: 'Initech' });
    // Called inside a render: the field reads the panel's language from context (useMessages).
    let tree: ReturnType<typeof ClientTagField> = null;
    const Capture = () => ((tree = ClientTagField({ tagging, chosen: 'Initech', result, onChoose })), null);
    renderToStaticMarkup(<Capture />);
    const field = byName(tree, 'client-tag').props as { value: string; onChange: (value: string) => void };
    expect(field.value).toBe('Initech');
    field.onChange('Globex');
    field.onChange('suggested');
    expect(onChoose.mock.calls).toEqual([['Globex'], ['']]);
  });

  it('says a client must be chosen when the project name suggests none', () => {
    const result = resolveClientTag(tagging, { projectName: 'Untitled' });
    const html = renderToStaticMarkup(<ClientTagField tagging={tagging} chosen="" result={result} onChoose={() => {}} />);
    expect(html).toContain('Choose a client…');
    expect(html).toMatch(/role="alert">Choose the client this generation is for: Globex, Initech\./);
  });
});

describe('PromptLibrarySearch (Generate tab)', () => {
  it("lists the agency's templates, with their pack and release, before the editor's own", () => {
    const html = renderToStaticMarkup(
      <PromptLibrarySearch packs={[acme]} personal={[{ id: 'mine', name: 'My dusk', text: 'Dusk over {city}' }]} onUse={() => {}} />,
    );
    expect(html).toContain('label="Search the prompt library"');
    const picks = [...html.matchAll(/aria-label="Pick template ([^"]+)"/g)].map((match) => match[1]);
    expect(picks).toEqual([
      'ACME – Aerial (Acme house mix, release 1)',
      'ACME – Product hero (Acme house mix, release 1)',
      'My dusk (yours)',
    ]);
  });

  it('is not shown when no pack brings templates (the template picker covers personal ones)', () => {
    const bare = parsePresetPack(JSON.stringify(agencyPack({ prompts: undefined })), 'a bare pack');
    expect(renderToStaticMarkup(<PromptLibrarySearch packs={[bare]} personal={[]} onUse={() => {}} />)).toBe('');
  });
});

const kling: ModelChoice = {
  id: 'kling-v3',
  displayName: 'Kling 3.0',
  durationsSeconds: [5, 10],
  aspectRatios: ['16:9'],
  audio: 'always',
  pricePerSecondUsd: 0.112,
};
const provider = { id: 'kling', displayName: 'Kling', models: [kling], credentials: [] } as unknown as ProviderChoice;

/** Runs the Generate press outside React's render (the hook's callback is what the button calls). */
function pressGenerate(clientTag: ClientTagResult | undefined) {
  const submit = vi.fn(async (input: { clientTag?: string }) => ({ id: 'job-1', ...input }));
  const services = {
    jobs: { ledger: { list: () => [], archivedSpendUsd: () => 0, listArchived: async () => [] }, submit },
    catalog: loadBuiltinCatalog(),
    newJobId: () => 'job-1',
    now: () => Date.parse('2026-12-06T09:00:00Z'),
  } as unknown as PanelServices;
  let press: (() => Promise<void>) | undefined;
  function Harness() {
    const [, run] = useGenerateAction({
      services,
      budget: {},
      draft: { ...initialDraft([provider]), prompt: 'A heron at dawn', durationSeconds: 10 },
      provider,
      model: kling,
      projectName: 'Globex spring promo',
      clientTag,
      onSubmitted: () => {},
    });
    press = run;
    return null;
  }
  renderToStaticMarkup(<Harness />);
  return { press: press!, submit };
}

describe('Generate passes the client tag', () => {
  it('records the resolved client tag with the job', async () => {
    const { press, submit } = pressGenerate({ tag: 'Globex' });
    await press();
    expect(submit).toHaveBeenCalledOnce();
    expect(submit.mock.calls[0]![0].clientTag).toBe('Globex');
  });

  it('sends nothing while the client cannot be told', async () => {
    const { press, submit } = pressGenerate({ refusal: 'Choose the client this generation is for: Globex, Initech.' });
    await press();
    expect(submit).not.toHaveBeenCalled();
  });
});
