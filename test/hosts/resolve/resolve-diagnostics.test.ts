import { describe, expect, it } from 'vitest';
import { runResolveDiagnostics } from '../../../src/hosts/resolve';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

const now = () => Date.UTC(2026, 11, 6, 12, 0, 0);

describe('Resolve Diagnostics', () => {
  it('reports version, bridge, calls found, the timeline, and settles the placement rules on a scratch timeline it deletes', () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.1' });
    const report = runResolveDiagnostics(fake.resolve, { bridgeVersion: '2.0.0', now });
    expect(report).toContain('[ok]   Product: DaVinci Resolve Studio');
    expect(report).toContain('[info] Version: 21.1.0.12');
    expect(report).toContain('[info] WorkflowIntegration.node: 2.0.0');
    expect(report).toContain('[ok]   Clip volume and fades (ducking in place): yes');
    expect(report).toContain('[info] Starts at: 01:00:00:00 (frame 90000)');
    expect(report).toContain('[ok]   recordFrame is absolute: placed at 10 frames after the start (asked 10)');
    expect(report).toContain('[ok]   endFrame is exclusive: asked 0–10, placed 10 frames');
    expect(report).toMatch(/\[ok\] {3}Occupied range: answered a list of 1, 1 item\(s\) on the track/);
    expect(report).toContain('deleted; your timeline is current again');
    expect(fake.state.timelines.map((timeline) => timeline.name)).toEqual(['Contract']);
    expect(fake.state.current?.name).toBe('Contract');
  });

  it('on 18.5 says what is missing and what ClipRelay does instead; read-only touches nothing', () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '18.5' });
    const report = runResolveDiagnostics(fake.resolve, { bridgeVersion: null, readOnly: true, now });
    expect(report).toContain('WorkflowIntegration.node: no GetInfo (before 20.1)');
    expect(report).toContain('Clip volume and fades (ducking in place): no: ducks a timeline copy (OTIO)');
    expect(report).toContain('Third-party metadata (provenance): no: provenance kept in a media pool marker');
    expect(report).toContain('Timeline export and import (OTIO import needs 18.6+): yes');
    expect(report).not.toContain('Scratch round trip');
    expect(fake.state.calls).toEqual([]);
  });

  it('keeps the scratch timeline when asked, for the editor to look at', () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '20.1' });
    const report = runResolveDiagnostics(fake.resolve, { bridgeVersion: '1.0.0', keepScratchSequence: true, now });
    expect(report).toMatch(/kept as "ClipRelay diagnostics \d+"/);
    expect(fake.state.timelines).toHaveLength(2);
    expect(fake.state.current?.name).toBe('Contract');
  });
});
