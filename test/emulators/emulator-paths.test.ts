import { expect, it } from 'vitest';
import { emulatorPath } from '../../src/emulators/emulator-paths';
import { mountEmulators } from '../../src/emulators/mount-emulators';
import { PROVIDER_REGISTRATIONS } from '../../src/providers/registry';

it('every registered provider has an emulator mounted at its emulator path (Vertex shares Google)', () => {
  const mounted = new Set(mountEmulators({ videoBytes: new Uint8Array(), basePath: '/emulators' }).mounts.map((mount) => mount.prefix));
  const missing = PROVIDER_REGISTRATIONS.filter((registration) => !mounted.has(`/emulators${emulatorPath(registration.id)}`));
  expect(missing.map((registration) => registration.id)).toEqual([]);
  expect(emulatorPath('google-vertex')).toBe('/google');
});
