import { describe, expect, it } from 'vitest';
import { budgetRefusal, summarizeSpend } from '../../../src/domain/cost/budget';
import { resolveClientTag } from '../../../src/domain/packs';
import { effectivePolicy } from '../../../src/domain/presets';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { parsePresetPack } from '../../../src/domain/presets';
import { agencyPack } from '../../support/pack-fixtures';

const list = { tagFrom: 'list' as const, names: ['Globex', 'Initech', 'Acme Labs', 'Acme'] };

describe('client tags', () => {
  it('from the pack list: the editor\u2019s choice in the pack\u2019s spelling, else the client the project name starts with, else a question', () => {
    expect(resolveClientTag(list, { projectName: 'Spring', chosen: 'globex' })).toEqual({ tag: 'Globex' });
    expect(resolveClientTag(list, { projectName: 'Spring', chosen: 'Hooli' })).toEqual({
      refusal: `"Hooli" is not one of the agency's clients (Globex, Initech, Acme Labs, Acme); choose one of them.`,
    });
    expect(resolveClientTag(list, { projectName: 'Initech launch film' })).toEqual({ tag: 'Initech' });
    expect(resolveClientTag(list, { projectName: 'Acme Labs teaser' })).toEqual({ tag: 'Acme Labs' });
    expect(resolveClientTag(list, { projectName: 'Acme_2026' })).toEqual({ tag: 'Acme' });
    expect(resolveClientTag(list, { projectName: 'Acmeville' })).toEqual({
      refusal: 'Choose the client this generation is for: Globex, Initech, Acme Labs, Acme.',
    });
  });

  it('from the project, or with no policy: the project name', () => {
    expect(resolveClientTag({ tagFrom: 'project', names: [] }, { projectName: 'Globex spring' })).toEqual({ tag: 'Globex spring' });
    expect(resolveClientTag(null, { projectName: ' Launch ' })).toEqual({ tag: 'Launch' });
    expect(resolveClientTag(null, { projectName: '' })).toEqual({ refusal: 'Open or name a project first: its name is the client tag.' });
  });

  it('the pack policy brings the client list, the monthly cap per client and prompt privacy', () => {
    const pack = parsePresetPack(JSON.stringify(agencyPack()));
    const policy = effectivePolicy(DEFAULT_PANEL_PREFERENCES, [pack]);
    expect(policy.clients).toEqual({ tagFrom: 'list', names: ['Globex', 'Initech'] });
    expect(policy.budget.perClientMonthlyUsd).toBe(500);
    expect(policy.reportPrompts).toBe('hash');
    const relaxed = parsePresetPack(
      JSON.stringify(agencyPack({ name: 'Other', policy: { reportPrompts: 'text', budget: { perClientMonthlyUsd: 900 } } })),
    );
    // The stricter cap wins and a prompt kept private stays private, whichever pack comes last.
    expect(effectivePolicy(DEFAULT_PANEL_PREFERENCES, [pack, relaxed])).toMatchObject({
      reportPrompts: 'hash',
      budget: { perClientMonthlyUsd: 500 },
    });
  });

  it('a per-client cap counts every project of the client this month, and nothing of other clients or last month', () => {
    const now = new Date(2026, 10, 20, 12).getTime();
    const items = [
      { costUsd: 300, atMs: new Date(2026, 10, 2).getTime(), projectName: 'Globex spring', clientTag: 'Globex' },
      { costUsd: 150, atMs: new Date(2026, 10, 19).getTime(), projectName: 'Globex launch', clientTag: 'Globex' },
      { costUsd: 900, atMs: new Date(2026, 9, 30).getTime(), projectName: 'Globex spring', clientTag: 'Globex' },
      { costUsd: 400, atMs: now - 1000, projectName: 'Initech', clientTag: 'Initech' },
    ];
    const spent = summarizeSpend(items, 'Globex launch', now, 'Globex');
    expect(spent.clientMonthUsd).toBe(450);
    expect(budgetRefusal({ perClientMonthlyUsd: 500 }, spent, 50)?.message ?? null).toBeNull();
    expect(budgetRefusal({ perClientMonthlyUsd: 500 }, spent, 60)?.message ?? null).toBe(
      "This generation ($60.00) would take Globex's spend this month to $510.00, over the monthly cap per client of $500.00.",
    );
    // No client tag: the per-client cap has nothing to count.
    expect(budgetRefusal({ perClientMonthlyUsd: 1 }, summarizeSpend(items, 'x', now), 60)?.message ?? null).toBeNull();
  });
});
