import { describe, expect, it } from 'vitest';
import { createRememberedFolder } from '../../../src/platform/uxp/uxp-remembered-folder';
import { createUxpSettingsStore } from '../../../src/platform/uxp/uxp-settings-store';
import { SidecarOutsideGrantedFolderError, createUxpSidecarWriter } from '../../../src/platform/uxp/uxp-sidecar-writer';
import { decodeUtf8 } from '../../../src/shared/utf8';
import { createFakeUxp } from '../../support/fake-uxp';

describe('UXP sidecar writer', () => {
  it('writes beside a clip in the granted clips folder, replacing an older sidecar', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('C:\\Clips');
    const folder = createRememberedFolder(fake.uxp, createUxpSettingsStore(fake.uxp), 'clips', 'generated clips');
    const writer = createUxpSidecarWriter(fake.uxp, folder);
    const path = await writer.writeBeside('c:/clips/rain.mp4', 'rain.cliprelay.json', '{"v":1}');
    expect(path).toBe('C:\\Clips/rain.cliprelay.json');
    await writer.writeBeside('C:\\Clips\\rain.mp4', 'rain.cliprelay.json', '{"v":2}');
    expect(decodeUtf8(fake.disk.get(path)!)).toBe('{"v":2}');
  });

  it('refuses a clip outside the granted folder instead of asking for broader access', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips');
    const writer = createUxpSidecarWriter(
      fake.uxp,
      createRememberedFolder(fake.uxp, createUxpSettingsStore(fake.uxp), 'clips', 'generated clips'),
    );
    await expect(writer.writeBeside('/elsewhere/rain.mp4', 'rain.cliprelay.json', '{}')).rejects.toBeInstanceOf(
      SidecarOutsideGrantedFolderError,
    );
    await expect(writer.writeBeside('/clips/sub/rain.mp4', 'rain.cliprelay.json', '{}')).rejects.toBeInstanceOf(
      SidecarOutsideGrantedFolderError,
    );
    expect([...fake.disk.keys()].filter((path) => path.endsWith('.json') && !path.startsWith('/plugin-data'))).toEqual([]);
  });
});
