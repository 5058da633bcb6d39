import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parsePresetPack } from '../../../src/domain/presets';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { JobsTab } from '../../../src/ui/jobs/jobs-tab';
import type { PanelServices } from '../../../src/ui/panel-services';
import { SubscriptionCard } from '../../../src/ui/presets/subscription-card';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { PackSubscriptionView } from '../../../src/workflows/packs/pack-subscriptions';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { agencyPack } from '../../support/pack-fixtures';

const NOW_MS = Date.UTC(2026, 11, 6, 9);

/** The Jobs tab over a ledger opened from this text (damaged: kept aside and what could be read recovered). */
async function jobsTabOver(text: string, locale: AppLocale) {
  const ledger = await JobLedger.open(memoryLedgerStorage(text), { now: () => NOW_MS });
  const services = {
    now: () => NOW_MS,
    catalog: [],
    jobs: { ledger },
    providers: [],
    host: { capabilities: { name: 'Stub' } },
  } as unknown as PanelServices;
  const html = renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <JobsTab services={services} jobs={[]} onReuse={() => {}} />
    </MessagesProvider>,
  );
  return { ledger, html };
}

describe('the damaged-ledger notice', () => {
  it('English is the ledger’s own message word for word; French and Polish say it in their words', async () => {
    const english = await jobsTabOver('{"version":1,"jobs":[{"id":"broken","phase":"placed"}]}', 'en');
    const message = english.ledger.recovery!.message;
    expect(message).toMatch(
      /^The job ledger was damaged \(1 unreadable job record was left out\); it was kept aside in memory:.+ and 0 jobs were recovered\.$/,
    );
    expect(english.html).toContain(message);

    const french = await jobsTabOver('{"version":1,"jobs":[{"id":"broken","phase":"placed"}]}', 'fr');
    expect(french.html).toMatch(
      /Le registre des tâches était endommagé \(1 enregistrement illisible écarté\) ; il a été mis de côté dans memory:\S+ et 0 tâche a été récupérée\./,
    );
    expect(french.html).not.toContain('The job ledger');

    const polish = await jobsTabOver('{"version":1,"jobs":[{"id":"a","phase":"placed"},{"id":"b"},{"id":"c"}]}', 'pl');
    expect(polish.html).toContain('Rejestr zadań był uszkodzony (pominięto 3 nieczytelne wpisy)');
  });

  it('a ledger that is not JSON at all keeps its reason in the sentence', async () => {
    const english = await jobsTabOver('{"version":3, cut', 'en');
    expect(english.ledger.recovery!.localized.id).toBe('errors.ledgerDamaged');
    expect(english.html).toContain(english.ledger.recovery!.message);
    const french = await jobsTabOver('{"version":3, cut', 'fr');
    expect(french.html).toContain('Le registre des tâches était endommagé (');
  });
});

describe('a subscription’s stored problem on its card', () => {
  const view: PackSubscriptionView = {
    id: 'sub-1',
    location: 'https://packs.acme.example/house.json',
    pack: parsePresetPack(JSON.stringify(agencyPack()), 'fixture'),
    fingerprint: '3f2a 9c01 77de b4e0',
    lastCheckedAtMs: null,
    problem: 'The stored copy of this pack cannot be trusted any more: gone. Remove the subscription and subscribe again.',
    problemLocalized: { id: 'errors.packStoredCopyUntrusted', values: { reason: 'gone.' } },
    update: null,
  };
  const idle = { checkNow: vi.fn(), apply: vi.fn(), postpone: vi.fn(), unsubscribe: vi.fn() };
  const card = (shown: PackSubscriptionView, locale: AppLocale) =>
    renderToStaticMarkup(
      <MessagesProvider locale={locale}>
        <SubscriptionCard view={shown} showUpdate busy={false} actions={idle} />
      </MessagesProvider>,
    );

  it('says it in French, in English as stored', () => {
    expect(card(view, 'fr')).toContain(
      'La copie enregistrée de ce pack n’est plus fiable : gone. Supprimez l’abonnement, puis abonnez-vous à nouveau.',
    );
    expect(card(view, 'en')).toContain(
      'The stored copy of this pack cannot be trusted any more: gone. Remove the subscription and subscribe again.',
    );
  });

  it('an id a newer build stored, or none at all, shows the stored English', () => {
    const newer = { ...view, problem: 'Something new.', problemLocalized: { id: 'errors.fromTheFuture' as never } };
    expect(card(newer, 'fr')).toContain('Something new.');
    expect(card({ ...view, problem: 'Plain.', problemLocalized: undefined }, 'fr')).toContain('Plain.');
  });
});
