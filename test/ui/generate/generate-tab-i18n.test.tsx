import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolveClientTag } from '../../../src/domain/packs';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../../src/hosts/sandbox';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { CATALOGS, type MessageId } from '../../../src/shared/i18n/catalogs';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { IncompleteFormError } from '../../../src/ui/incomplete-form-error';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { CostPreview } from '../../../src/ui/generate/cost-preview';
import { initialDraft, requestFromDraft, type GenerateDraft } from '../../../src/ui/generate/generate-draft';
import { GenerateOutcome } from '../../../src/ui/generate/generate-outcome';
import { GenerateTab } from '../../../src/ui/generate/generate-tab';
import { describeImport } from '../../../src/ui/generate/import-preview';
import { nothingOfferedWords, replacedModelWords } from '../../../src/ui/generate/retired-model-words';
import { SOURCE_MESSAGES } from '../../../src/ui/generate/source-messages';
import { PromptFields } from '../../../src/ui/generate/prompt-fields';
import { describeShotTotal } from '../../../src/ui/generate/shot-list';
import { ShotListEditor } from '../../../src/ui/generate/shot-list-editor';
import { UnverifiedModelNote } from '../../../src/ui/generate/unverified-model-note';
import type { ModelChoice, PanelServices, ProviderChoice } from '../../../src/ui/panel-services';
import { nothingOfferedMessage, retiredModelNotice } from '../../../src/workflows/model-offer';

/** Markup as text, with the no-break spaces Intl puts in French and Polish numbers made plain for reading. */
function render(locale: AppLocale, element: ReactNode): string {
  return renderToStaticMarkup(<MessagesProvider locale={locale}>{element}</MessagesProvider>)
    .replaceAll('<!-- -->', '')
    .replace(/[\u00a0\u202f]/g, ' ');
}

const kling: ModelChoice = {
  id: 'kling-v3',
  displayName: 'Kling 3.0',
  durationsSeconds: [5, 10],
  aspectRatios: ['16:9', '9:16'],
  audio: 'toggle',
  resolutions: ['720p', '1080p'],
  imageInput: 'optional',
  pricePerSecondUsd: 0.08,
};
const provider: ProviderChoice = {
  id: 'kling',
  displayName: 'Kling',
  models: [kling],
  credentials: [],
  create: () => Promise.reject(new Error('unused')),
};
const services = {
  catalog: loadBuiltinCatalog(),
  now: () => Date.parse('2026-12-06T12:00:00Z'),
  jobs: { ledger: { list: () => [], archivedSpendUsd: () => 0 } },
  providers: [provider],
  // Never answers: the tab shows its "reading the sequence" line, as on first open.
  host: { capabilities: { name: 'Stub' }, readActiveSequence: () => new Promise(() => {}) },
  pickImage: () => Promise.resolve(null),
} as unknown as PanelServices;

/** A draft that shows most of the form: a continuation, two variations, a shot list, a prompt past Kling's limit. */
const busyDraft: GenerateDraft = {
  ...initialDraft([provider]),
  prompt: 'x'.repeat(2600),
  variations: 2,
  durationSeconds: 10,
  shots: [
    { prompt: 'wide', durationSeconds: 4 },
    { prompt: 'close', durationSeconds: 3 },
  ],
  continueFrom: { mode: 'extend', providerJobId: 'k-1', earlierPrompt: 'A heron on a lake' },
};
const generateTab = (
  <GenerateTab
    services={services}
    preferences={{ ...DEFAULT_PANEL_PREFERENCES, promptHistory: ['A heron on a lake'], budget: { dailyUsd: 20 } }}
    draft={busyDraft}
    onDraftChange={() => {}}
    onSubmitted={() => {}}
    onRemember={() => {}}
  />
);

describe('the Generate tab in French', () => {
  const html = render('fr', generateTab);

  it('labels, buttons and composed lines come from the French catalog', () => {
    expect(html).toContain('data-label="Fournisseur"');
    expect(html).toContain('data-label="Durée"');
    expect(html).toContain('>10 s</sp-menu-item>');
    expect(html).toContain('Suite de : A heron on a lake — prolonger ·');
    expect(html).toContain('Prompts précédents (1)');
    expect(html).toContain('Plans : 7 s pour un clip de 10 s ; reste 3 s.');
    expect(html).toContain('label="Monter le plan 2"');
    expect(html).toContain('>Générer 2</sp-button>');
    expect(html).toContain('data-testid="import-preview">Lecture de la séquence…</p>');
    expect(html).toMatch(/role="alert"[^>]*>Le prompt fait 2 600 caractères ; Kling 3\.0 en accepte 2 500 au plus\./);
  });

  it('shows no English source text that French words differently', () => {
    const english = CATALOGS.en;
    const leftoversIn = (markup: string) =>
      (Object.keys(english) as MessageId[]).filter(
        (id) =>
          (id.startsWith('generate.') || id.startsWith('panel.')) &&
          !english[id].includes('{') &&
          english[id].includes(' ') &&
          english[id] !== CATALOGS.fr[id] &&
          markup.includes(english[id]),
      );
    expect(leftoversIn(html)).toEqual([]);
    // The scan itself finds them where they are: the same tab in English shows a good number.
    expect(leftoversIn(render('en', generateTab)).length).toBeGreaterThan(8);
    expect(html).not.toMatch(/Estimated|this project|Native audio|Shots? \d|Import into bin|is unverified/);
  });

  it('prices in the French currency format, against the daily cap', () => {
    expect(
      render('fr', <CostPreview costEachUsd={0.6} variations={2} todayUsd={3} projectUsd={1} dailyCapUsd={20} projectCapUsd={undefined} />),
    ).toContain('Estimation 1,20 $US (2 × 0,60 $US) · aujourd’hui 3,00 $US sur 20,00 $US · ce projet 1,00 $US</p>');
  });

  it('keeps the check command as code inside one whole French sentence', () => {
    expect(render('fr', <UnverifiedModelNote modelName="Kling 3.0" certainty={{ verified: false }} />)).toBe(
      '<p class="hint" data-testid="unverified-model">Kling 3.0 n’est pas vérifié : seuls des tiers ou nos déductions attestent son id ou ses options. Confirmez avec <code>cliprelay models --check</code>, ou une génération le dira.</p>',
    );
  });

  it('refuses a seed that is not a whole number in French', () => {
    const draft = { ...initialDraft([provider]), prompt: 'p', seed: '1.5' };
    expect(() => requestFromDraft(draft, kling, createTranslator('fr'))).toThrow(IncompleteFormError);
    expect(() => requestFromDraft(draft, kling, createTranslator('fr'))).toThrow('La graine doit être un nombre entier');
  });
});

describe('the client tag refusal (a pack lists clients, the project name suggests none)', () => {
  const tab = (
    <GenerateTab
      services={services}
      preferences={DEFAULT_PANEL_PREFERENCES}
      draft={initialDraft([provider])}
      onDraftChange={() => {}}
      onSubmitted={() => {}}
      onRemember={() => {}}
      clients={{ tagFrom: 'list', names: ['Globex', 'Initech'] }}
    />
  );

  it('is worded from the catalog: English as the domain words it, French and Chinese in their own words and list marks', () => {
    const english = resolveClientTag({ tagFrom: 'list', names: ['Globex', 'Initech'] }, { projectName: 'Untitled' });
    expect(english).toEqual({ refusal: 'Choose the client this generation is for: Globex, Initech.' });
    expect(render('en', tab)).toContain('role="alert">Choose the client this generation is for: Globex, Initech.</p>');
    expect(render('fr', tab)).toContain('role="alert">Choisissez le client de cette génération : Globex, Initech.</p>');
    expect(render('zh-Hans', tab)).toContain('role="alert">请选择此次生成所属的客户：Globex、Initech。</p>');
  });

  it('says a pick off the list and a missing project name in the same English as the domain', () => {
    const tagging = { tagFrom: 'list' as const, names: ['Globex', 'Initech'] };
    const { t } = createTranslator('en');
    expect(resolveClientTag(tagging, { projectName: 'P', chosen: 'Acme' })).toEqual({
      refusal: t('generate.clientNotListed', { client: 'Acme', clients: 'Globex, Initech' }),
    });
    expect(resolveClientTag(null, { projectName: ' ' })).toEqual({ refusal: t('generate.clientNeedsProject') });
  });
});

describe('retired-model notices', () => {
  const catalog = loadBuiltinCatalog();
  const now = Date.parse('2026-12-06T12:00:00Z');
  const retiredIds = catalog.models.filter((model) => retiredModelNotice(catalog, model.id, now) != null).map((model) => model.id);

  it('word every retired catalog model in English exactly as the workflow does (for the CLI)', () => {
    expect(retiredIds.length).toBeGreaterThan(0);
    for (const id of retiredIds) expect(replacedModelWords(catalog, id, now, SOURCE_MESSAGES)).toBe(retiredModelNotice(catalog, id, now));
    expect(nothingOfferedWords(catalog, ['openai'], now, SOURCE_MESSAGES)).toBe(nothingOfferedMessage(catalog, ['openai'], now));
    expect(replacedModelWords(catalog, 'kling-v3', now, SOURCE_MESSAGES)).toBeUndefined();
  });

  it('say it in French and Chinese, the names and ids untouched', () => {
    expect(nothingOfferedWords(catalog, ['openai'], now, createTranslator('fr'))).toMatch(
      /^Aucun modèle disponible : Sora 2 \(openai sora-2\) a été retiré le 2026-09-24 .*Utilisez plutôt Kling 3\.0 \(kling kling-v3\)\.$/,
    );
    expect(nothingOfferedWords(catalog, ['openai'], now, createTranslator('zh-Hans'))).toMatch(
      /^没有可提供的模型：Sora 2（openai sora-2）已于 2026-09-24 停用.*。请改用 Kling 3\.0（kling kling-v3）。$/,
    );
  });
});

describe('plurals and numbers per locale', () => {
  const started = (locale: AppLocale, count: number) =>
    render(locale, <GenerateOutcome state={{ status: 'done', result: Array.from({ length: count }) }} />);

  it('says how many jobs started with Polish one/few/many forms', () => {
    expect(started('pl', 1)).toContain('>Uruchomiono zadanie; śledź je w Zadaniach.</p>');
    expect(started('pl', 3)).toContain('>Uruchomiono 3 zadania; śledź je w Zadaniach.</p>');
    expect(started('pl', 5)).toContain('>Uruchomiono 5 zadań; śledź je w Zadaniach.</p>');
    expect(started('en', 1)).toContain('>Started a job; follow it under Jobs.</p>');
    expect(started('en', 4)).toContain('>Started 4 jobs; follow them under Jobs.</p>');
  });

  it('counts shots kept from another model in Polish', () => {
    const shots = (count: number) =>
      render(
        'pl',
        <ShotListEditor
          shots={Array.from({ length: count }, () => ({ prompt: 'a', durationSeconds: 1 }))}
          clipSeconds={5}
          maxShots={undefined}
          modelName="Veo 3.1"
          onChange={() => {}}
        />,
      );
    expect(shots(2)).toContain('2 ujęcia zachowane z innego modelu; Veo 3.1 robi jedno ujęcie na klip.');
    expect(shots(5)).toContain('5 ujęć zachowanych z innego modelu');
  });

  it('groups the prompt counter per locale and labels it for screen readers', () => {
    const fields = (locale: AppLocale) =>
      render(
        locale,
        <PromptFields
          prompt={'x'.repeat(2431)}
          negativePrompt=""
          maxPromptChars={2500}
          modelName="Kling 3.0"
          onPromptChange={() => {}}
          onNegativePromptChange={() => {}}
        />,
      );
    expect(fields('fr')).toContain('aria-label="Longueur du prompt : 2 431 / 2 500 caractères">2 431 / 2 500</span>');
    expect(fields('pl')).toContain('>2431 / 2500</span>');
    expect(fields('en')).toContain('aria-label="Prompt length: 2,431 / 2,500 characters">2,431 / 2,500</span>');
  });

  it('writes the shot total in Catalan and the placement preview in Chinese', async () => {
    const shots = [
      { prompt: 'a', durationSeconds: 4 },
      { prompt: 'b', durationSeconds: 8 },
    ];
    expect(describeShotTotal(shots, 10, createTranslator('ca'))).toBe('Plans: 12 s d’un clip de 10 s; en sobren 2 s.');
    const sequence = await new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
      probeMedia: () => Promise.reject(new Error('unused')),
    }).readActiveSequence();
    const fields = { project: 'P', provider: 'Kling', model: 'kling-v3' };
    expect(describeImport(sequence, 5, 'ClipRelay/{provider}', fields, {}, createTranslator('zh-Hans'))).toBe(
      '导入素材箱 ClipRelay › Kling；在 0:03.00 处将 5 秒 放到 V1 + A2，音频已链接，不覆盖任何内容。',
    );
  });
});
