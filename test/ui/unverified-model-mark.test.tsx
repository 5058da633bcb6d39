import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, type ModelCatalog } from '../../src/providers/catalog';
import { modelCertainty, modelOptionLabel } from '../../src/ui/generate/model-certainty';
import { UnverifiedModelNote } from '../../src/ui/generate/unverified-model-note';

const builtin = loadBuiltinCatalog();
const entry = (id: string) => builtin.models.find((model) => model.id === id)!;

describe('the Generate tab marks unverified models', () => {
  it('reads the catalog\u2019s verified flag; an unknown model or one without a lifecycle reads as unverified', () => {
    const catalog: ModelCatalog = {
      models: [
        { ...entry('veo3.1'), lifecycle: { ...entry('veo3.1').lifecycle!, verified: true } },
        {
          ...entry('seedance2'),
          lifecycle: { ...entry('seedance2').lifecycle!, verified: false, note: 'The 4-15 s range is from third parties.' },
        },
        { ...entry('gen4.5'), lifecycle: undefined },
      ],
    };
    expect(modelCertainty(catalog, 'veo3.1')).toEqual({ verified: true, note: undefined });
    expect(modelCertainty(catalog, 'seedance2')).toEqual({ verified: false, note: 'The 4-15 s range is from third parties.' });
    expect(modelCertainty(catalog, 'gen4.5').verified).toBe(false);
    expect(modelCertainty(catalog, 'nope').verified).toBe(false);
  });

  it('labels the picker option "(unverified)" only where the catalog is unsure', () => {
    expect(modelOptionLabel('Veo 3.1 (Runway)', { verified: true })).toBe('Veo 3.1 (Runway)');
    expect(modelOptionLabel('Seedance 2.0 (Runway)', { verified: false })).toBe('Seedance 2.0 (Runway) (unverified)');
  });

  it('explains an unverified pick in one line with how to confirm it, and says nothing for a verified one', () => {
    const html = renderToStaticMarkup(
      <UnverifiedModelNote
        modelName="Seedance 2.0 (Runway)"
        certainty={{ verified: false, note: 'The 4-15 s range is from third parties.' }}
      />,
    );
    expect(html).toBe(
      '<p class="hint" data-testid="unverified-model">Seedance 2.0 (Runway) is unverified: only third parties or our inference vouch for its id or options (The 4-15 s range is from third parties). Confirm it with <code>cliprelay models --check</code>, or one generation will tell.</p>',
    );
    expect(renderToStaticMarkup(<UnverifiedModelNote modelName="Veo 3.1" certainty={{ verified: true }} />)).toBe('');
  });
});
