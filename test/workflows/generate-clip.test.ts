import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import { inspectMp4 } from '../../src/media';
import { createKlingProvider } from '../../src/providers/kling';
import { ProviderJobFailedError } from '../../src/providers/spec';
import { generateClip } from '../../src/workflows/generate-clip';
import type { GenerationProgress } from '../../src/workflows/generation-progress';
import { CONTRACT_SCENARIO } from '../hosts/nle-host-contract';
import { createMemoryMediaFolder } from '../support/memory-media-folder';

const demoClip = readFileSync(resolve(__dirname, '../../assets/demo-clip.mp4'));

describe('generateClip: Kling emulator → download → inspect → sandbox host', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => emulator.close());

  function setup() {
    const folder = createMemoryMediaFolder();
    const host = new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
      probeMedia: async (path) => {
        const info = inspectMp4(await folder.readFile(path));
        return { durationSeconds: info.durationSeconds, hasVideo: info.video != null, hasAudio: info.audio != null };
      },
    });
    const provider = createKlingProvider({ accessKey: DEMO_KLING_ACCESS_KEY, secretKey: DEMO_KLING_SECRET_KEY, baseUrl: `${emulator.url}/kling` });
    return { folder, host, provider };
  }
  const instantPoll = { intervalMs: 1000, timeoutMs: 60_000, delay: async () => {} };

  it('places the downloaded clip at the playhead on the first free tracks, audio linked, in the ClipRelay bin', async () => {
    const { folder, host, provider } = setup();
    const phases: GenerationProgress['phase'][] = [];
    const clip = await generateClip({
      provider,
      host,
      mediaFolder: folder,
      request: { model: 'kling-v2-6', prompt: 'Gulls over a harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: 'job-place-1' },
      poll: instantPoll,
      onProgress: (progress) => {
        if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
      },
    });
    expect(phases).toEqual(['submitting', 'generating', 'downloading', 'placing']);
    expect(Buffer.from(folder.files.get(clip.mediaPath)!).equals(demoClip)).toBe(true); // byte-for-byte
    expect(clip.media.audio).not.toBeNull();
    expect(clip.warnings).toEqual([]);
    // Playhead 3 s: V1 is free from 3 s (title ends there); A1 has VO 2 at 4 s, A2 holds the bed → new A3.
    const state = host.state;
    expect(state.videoTracks[0]!.clips.map((c) => c.id)).toContain(clip.placed.videoClipId);
    expect(state.audioTracks).toHaveLength(3);
    expect(state.audioTracks[2]!.clips.map((c) => c.id)).toEqual([clip.placed.audioClipId]);
    expect(state.items.map((item) => item.binPath)).toEqual([['ClipRelay']]);
    const task = [...emulator.kling.tasks.values()].find((candidate) => candidate.externalTaskId === 'job-place-1');
    expect(task?.requestBody).toMatchObject({ model_name: 'kling-v2-6', duration: '5', sound: 'on', external_task_id: 'job-place-1' });
  });

  it('reports a moderated job with the provider reason and leaves the timeline untouched', async () => {
    const { folder, host, provider } = setup();
    const before = host.state;
    const run = generateClip({
      provider,
      host,
      mediaFolder: folder,
      request: { model: 'kling-v2-6', prompt: 'a scene [moderate]', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: 'job-moderated' },
      poll: instantPoll,
    });
    await expect(run).rejects.toBeInstanceOf(ProviderJobFailedError);
    await expect(run).rejects.toMatchObject({ moderated: true, reason: expect.stringContaining('risk control') });
    expect(host.state).toBe(before);
    expect(folder.files.size).toBe(0);
  });
});
