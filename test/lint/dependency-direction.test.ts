import plugin from '../../tools/eslint-plugin-cliprelay/index.mjs';
import { typescriptRuleTester } from './rule-tester';

/**
 * Each row of the dependency table in docs/architecture.md, as a file that may import a target and one that may
 * not. The file names are virtual: the rule decides from the path alone.
 */
const allowed: [from: string, code: string][] = [
  ['src/domain/ducking/plan.ts', "import { x } from '../../shared/app-error';"],
  ['src/audio/loudness.ts', "import type { TimeRange } from '../domain/ducking/time-range';"],
  ['src/media/inspect-mp4.ts', "import { y } from '../domain/format/frame';"],
  ['src/providers/kling/kling-create.ts', "import { downloadToSink } from '../http/download-to-sink';"],
  ['src/providers/kling/kling-create.ts', "import { z } from 'zod';"],
  ['src/providers/http/create-http-client.ts', "import ky from 'ky';"],
  ['src/providers/google/google-video-provider.ts', "import type { KyInstance } from 'ky';"],
  ['src/platform/media-folder.ts', "import type { Mp4Info } from '../media';"],
  ['src/providers/registry.ts', "import { klingRegistration } from './kling';"],
  ['src/hosts/premiere/premiere-host.ts', "import { uxpModule } from '../../platform/uxp/uxp-module';"],
  ['src/hosts/sandbox/sandbox-host.ts', "import type { NleHost } from '../spec';"],
  ['src/workflows/place-media.ts', "import type { MediaFolder } from '../platform/media-folder';"],
  ['src/ui/jobs/job-card.tsx', "import { useState } from 'react';"],
  ['src/ui/jobs/job-card.tsx', "import type { JobRecord } from '../../workflows/jobs/job-record';"],
  ['src/platform/node/file-ledger-storage.ts', "import { rename } from 'node:fs/promises';"],
  ['src/platform/node/file-ledger-storage.ts', "import type { LedgerStorage } from '../ledger-storage';"],
  ['src/cli/generate-command.ts', "import { PROVIDER_REGISTRATIONS } from '../providers/registry';"],
  ['src/cli/emulate-command.ts', "import { startEmulators } from '../emulators/emulator-server';"],
  ['src/emulators/kling/kling-emulator.ts', "import { createServer } from 'node:http';"],
  ['src/entries/uxp-panel.tsx', "import { createPremiereHost } from '../hosts/premiere';"],
  ['src/entries/spectrum/uxp-spectrum-elements.ts', "import '@swc-uxp-wrappers/button/sp-button.js';"],
  ['src/entries/spectrum/sandbox-spectrum-elements.ts', "import { Picker } from '@spectrum-web-components/picker';"],
];

const forbidden: [from: string, code: string, why: RegExp][] = [
  ['src/shared/base64.ts', "import { x } from '../domain/units';", /shared is the bottom/],
  ['src/domain/ducking/duck-preset.ts', "import { speechDetectionSchema } from '../../audio/speech-detection-settings';", /domain is pure/],
  ['src/audio/loudness.ts', "import { x } from '../media/inspect-mp4';", /audio is pure/],
  ['src/media/inspect-mp4.ts', "import { x } from '../audio/wav-format';", /media is pure/],
  ['src/domain/ducking/plan.ts', "import { readFile } from 'node:fs/promises';", /Node built-ins only/],
  ['src/providers/kling/kling-create.ts', "import { openaiThing } from '../openai/openai-create';", /never another vendor/],
  ['src/providers/kling/kling-create.ts', "import type { NleHost } from '../../hosts/spec';", /never another vendor, a host/],
  ['src/providers/kling/kling-create.ts', "import ky from 'ky';", /ky only in providers\/http/],
  ['src/providers/fal/fal-video-provider.ts', "import { HTTPError } from 'ky';", /ky only in providers\/http/],
  ['src/providers/spec/video-provider.ts', "import { klingRegistration } from '../kling';", /knows no vendor/],
  [
    'src/hosts/premiere/premiere-host.ts',
    "import { placeMedia } from '../../workflows/place-media';",
    /never providers, the UI, workflows/,
  ],
  ['src/hosts/sandbox/sandbox-host.ts', "import { x } from '../premiere/premiere-host';", /another host/],
  ['src/hosts/sandbox/sandbox-host.ts', "import { uxpModule } from '../../platform/uxp/uxp-module';", /never providers/],
  ['src/workflows/place-media.ts', "import { createKlingProvider } from '../providers/kling';", /never a concrete vendor/],
  ['src/workflows/place-media.ts', "import { createSandboxHost } from '../hosts/sandbox';", /never a concrete vendor, host/],
  ['src/workflows/place-media.ts', "import { fileLedger } from '../platform/node/file-ledger-storage';", /runtime/],
  ['src/workflows/place-media.ts', "import { useState } from 'react';", /React only/],
  [
    'src/ui/spectrum/spectrum-picker.tsx',
    "import '@spectrum-web-components/picker/sp-picker.js';",
    /Spectrum Web Components only in entries/,
  ],
  ['src/ui/spectrum/spectrum-button.tsx', "import '@swc-uxp-wrappers/button/sp-button.js';", /Spectrum Web Components only in entries/],
  ['src/ui/duck/duck-tab.tsx', "import { detectSpeech } from '../../audio/speech-detector';", /UI sees workflows/],
  ['src/ui/duck/duck-tab.tsx', "import { createSandboxHost } from '../../hosts/sandbox';", /UI sees workflows/],
  ['src/ui/duck/duck-tab.tsx', "const cli = await import('../../cli/run-cli');", /UI sees workflows/],
  [
    'src/platform/uxp/uxp-preferences.ts',
    "import type { PreferencesStore } from '../../ui/panel-services';",
    /runtime implements platform interfaces/,
  ],
  [
    'src/platform/browser/local-storage-ledger.ts',
    "import type { LedgerStorage } from '../../workflows/jobs/ledger-storage';",
    /never imports the UI, workflows/,
  ],
  ['src/platform/node/node-media-folder.ts', "import { x } from '../browser/fetch-media-reader';", /another runtime/],
  ['src/platform/settings-store.ts', "import { x } from '../workflows/media-folder';", /platform interfaces describe/],
  ['src/cli/generate-command.ts', "import { PROVIDER_REGISTRATIONS } from '../entries/provider-registrations';", /no entry point/],
  ['src/cli/generate-command.ts', "import { PanelApp } from '../ui/panel-app';", /no panel/],
  ['src/cli/generate-command.ts', "const premiere = require('../hosts/premiere/premiere-host');", /no NLE host/],
  [
    'src/emulators/kling/kling-emulator.ts',
    "import { klingApiSchemas } from '../../providers/kling/kling-api-schemas';",
    /not from our client code/,
  ],
  ['src/providers/http/download-to-sink.ts', "export { x } from '../../workflows/jobs/job-record';", /knows no vendor, host or runtime/],
  ['src/domain/units.ts', "export * from '../../test/support/fake-uxp';", /src\/ only imports src\//],
];

typescriptRuleTester().run('cliprelay/dependency-direction', plugin.rules['dependency-direction']!, {
  valid: [
    ...allowed.map(([filename, code]) => ({ filename, code })),
    // Files outside src/ (tests, tools) are not layered.
    { filename: 'test/domain/units.test.ts', code: "import { x } from '../../src/hosts/sandbox';" },
  ],
  invalid: [
    ...forbidden.map(([filename, code, why]) => ({
      filename,
      code,
      errors: [{ message: why }],
    })),
    {
      filename: 'src/workflows/place-media.ts',
      code: 'const name = `../providers/${vendor}`; const provider = await import(name);',
      errors: [{ messageId: 'computed' }],
    },
    {
      filename: 'src/reports/spend-report.ts',
      code: "import { x } from '../shared/app-error';",
      errors: [{ message: /no dependency rule yet/ }],
    },
  ],
});
