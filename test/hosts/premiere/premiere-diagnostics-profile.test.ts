import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPremiereDiagnostics } from '../../../src/hosts/premiere/premiere-diagnostics';
import { diagnosticsReportJson } from '../../../src/hosts/premiere/premiere-diagnostics-report';
import { parseDiagnosticsReport, type DiagnosticsReportJson } from '../../../src/hosts/premiere/premiere-diagnostics-schema';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import type { UxpHostInfo } from '../../../src/hosts/premiere/premiere-runtime';
import { createFakePremiere, PREMIERE_PROFILES, type FakePremiereOptions } from '../../support/fake-premierepro';
import { profileFromDiagnostics } from '../../support/fake-premierepro/profile-from-diagnostics';
import { describeNleHostContract } from '../nle-host-contract';
import { editorAddsKeyframeOnFake } from './premiere-editor-keyframe';
import { scenario } from './premiere-fixtures';

/**
 * A saved Diagnostics report becomes a fake profile and a regression test. The fixture is what
 * Diagnostics reported on the fake of a Premiere 25.6.2 whose `getValueAtTime` answers `{ value }` —
 * standing in for a user's pasted report. Regenerate it after a deliberate change to the probes with
 * `REGENERATE_DIAGNOSTICS_FIXTURE=1 npx vitest run test/hosts/premiere/premiere-diagnostics-profile.test.ts`.
 */
const FIXTURE_PATH = fileURLToPath(new URL('./premiere-diagnostics-report-25.6.json', import.meta.url));
const FIXTURE_INSTALL: FakePremiereOptions = { profile: '25.6', valueShape: 'object' };
const FIXTURE_HOST_INFO: UxpHostInfo = {
  hostName: 'premierepro',
  hostVersion: '25.6.2',
  uxpVersion: 'uxp-8.1.0',
  pluginVersion: '0.1.0',
  uiLocale: 'en_US',
};

async function diagnosticsOnFake(options: FakePremiereOptions, hostInfo: UxpHostInfo | null): Promise<DiagnosticsReportJson> {
  const fake = createFakePremiere(scenario, options);
  const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
  const report = await runPremiereDiagnostics(fake.ppro, {
    host,
    hostInfo,
    runtimeFeatures: { TextEncoder: false, TextDecoder: false, fetch: true },
    manifest: { manifestVersion: 5, minVersion: '25.6.0' },
    now: () => Date.UTC(2026, 11, 6, 7, 0),
  });
  return diagnosticsReportJson(report);
}

if (process.env.REGENERATE_DIAGNOSTICS_FIXTURE === '1') {
  writeFileSync(FIXTURE_PATH, `${JSON.stringify(await diagnosticsOnFake(FIXTURE_INSTALL, FIXTURE_HOST_INFO), null, 2)}\n`);
}
const saved = parseDiagnosticsReport(readFileSync(FIXTURE_PATH, 'utf8'));
const fromReport = profileFromDiagnostics(saved);

describe('a saved Diagnostics report as a fake profile', () => {
  it('turns into the profile of the Premiere it came from, with nothing assumed and nothing the fake cannot model', () => {
    expect(fromReport.basedOn).toBe('25.6');
    expect(fromReport.options).toEqual({ profile: PREMIERE_PROFILES['25.6'], valueShape: 'object', keyframesRelativeToClipStart: false });
    expect(fromReport.assumed).toEqual([]);
    expect(fromReport.unmodelled).toEqual([]);
  });

  it('the fake built from it still reports the same facts (the fake has not drifted from that install)', async () => {
    const again = await diagnosticsOnFake(fromReport.options, FIXTURE_HOST_INFO);
    // Facts a later ClipRelay added were not asked on that install (null in the saved report): only what it settled is compared.
    const settledThere = (facts: typeof saved.facts) =>
      Object.fromEntries(Object.entries(facts).filter(([key]) => saved.facts[key as keyof typeof saved.facts] !== null));
    expect(settledThere(again.facts)).toEqual(settledThere(saved.facts));
    expect(Object.values(saved.facts).filter((fact) => fact !== null).length).toBeGreaterThan(15);
  });

  it('names what a report settles differently from the fake, and what it left unsettled', () => {
    const differing = profileFromDiagnostics({
      ...saved,
      facts: {
        ...saved.facts,
        hostVersion: '26.4.0',
        addAtExistingTick: 'replaced',
        applicationVersion: 'string',
        enforcesLockRule: null,
        keyframeTimeBase: 'clip-relative',
      },
    });
    expect(differing.basedOn).toBe('26.3');
    expect(differing.assumed).toEqual(['applicationVersion', 'enforcesLockRule']);
    expect(differing.options.profile).toMatchObject({
      hostVersion: '26.4.0',
      applicationVersion: 'null',
      enforcesLockRule: true,
      hasGetVideoFrameRate: false,
    });
    expect(differing.options.keyframesRelativeToClipStart).toBe(true);
    expect(differing.unmodelled).toEqual(['applicationVersion: string', 'addAtExistingTick: replaced (the fake always does ignored)']);
  });
});

// The host contract holds on that user's Premiere, as the report describes it.
describeNleHostContract(`PremiereHost on the fake of a saved report (Premiere ${saved.facts.hostVersion})`, async (contractScenario) => {
  const fake = createFakePremiere(contractScenario, { ...fromReport.options, importVisibleAfterLookups: 2 });
  const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
  return {
    host,
    undo: () => fake.undo(),
    undoCount: () => fake.undoLabels.length,
    editorAddsKeyframe: (clipId, timeSeconds, levelDb) => editorAddsKeyframeOnFake(fake, clipId, timeSeconds, levelDb),
  };
});
