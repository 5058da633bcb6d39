import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { localStorageLedger } from '../../../src/platform/browser/local-storage-ledger';
import { localStoragePreferences } from '../../../src/platform/browser/local-storage-preferences';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';

function memoryStorage() {
  const values = new Map<string, string>();
  const storage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  } as unknown as Storage;
  return { values, storage };
}
const asideKeys = (values: Map<string, string>, key: string) => [...values.keys()].filter((name) => name.startsWith(`${key}.damaged-`));

/** One policy for stored data in the sandbox: damaged documents are kept aside, never silently replaced. */
describe('damaged documents in localStorage', () => {
  it('preferences that are not JSON: the defaults, with the text kept aside (before: JSON.parse threw, despite the promised fallback)', async () => {
    const { values, storage } = memoryStorage();
    values.set('cliprelay.preferences', '{"binTemplate": ');
    expect(await localStoragePreferences(storage).read()).toEqual(DEFAULT_PANEL_PREFERENCES);
    expect(asideKeys(values, 'cliprelay.preferences').map((key) => values.get(key))).toEqual(['{"binTemplate": ']);
  });

  it('the job ledger: kept aside, recovered, and the panel is told', async () => {
    const { values, storage } = memoryStorage();
    values.set('cliprelay.jobs', 'garbage');
    const ledger = await JobLedger.open(localStorageLedger(storage));
    expect(ledger.recovery?.message).toMatch(/kept aside in localStorage "cliprelay\.jobs\.damaged-/);
    expect(asideKeys(values, 'cliprelay.jobs').map((key) => values.get(key))).toEqual(['garbage']);
  });
});
