import { z } from 'zod';

const size = z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive() });
const icon = z.strictObject({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  path: z.string().regex(/^icons\/[\w@.-]+\.png$/),
  scale: z.array(z.number().int().positive()).min(1),
  theme: z.array(z.enum(['all', 'lightest', 'light', 'medium', 'dark', 'darkest'])).min(1),
  species: z.array(z.string()).optional(),
});

const translation = z.string().min(1).optional();
const localizedString = z.strictObject({
  default: z.string().min(1),
  fr: translation,
  ca: translation,
  pl: translation,
  zh: translation,
  zh_CN: translation,
});

/** UXP manifest v5 as Premiere reads it (research/premiere-uxp.md §4.1). */
export const manifestSchema = z.strictObject({
  manifestVersion: z.literal(5),
  id: z.string().regex(/^[a-z0-9.]+$/),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  main: z.literal('index.html'),
  // A single host object: arrays are for development only and cannot be packaged as .ccx.
  host: z.strictObject({ app: z.literal('premierepro'), minVersion: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  // Spectrum Web Components need the flag (UXP 7+, manifest v5 or later); optional, since a panel may use none.
  featureFlags: z.strictObject({ enableSWCSupport: z.boolean() }).optional(),
  entrypoints: z
    .array(
      z.strictObject({
        type: z.literal('panel'),
        id: z.string(),
        // LocalizedString (Adobe's manifest reference): `default` plus language keys; zh and zh_CN both, since which form
        // Premiere matches for Chinese is not documented (test/i18n/manifest-labels.test.ts).
        label: localizedString,
        description: localizedString.optional(),
        minimumSize: size,
        maximumSize: size,
        preferredDockedSize: size,
        preferredFloatingSize: size,
        icons: z.array(icon).min(1),
      }),
    )
    .length(1),
  icons: z.array(icon).min(1),
  requiredPermissions: z.strictObject({
    // https hosts (one leading "*." label at most, UXP 7.4+), or plain http on loopback only (a
    // self-hosted ComfyUI on this machine).
    network: z.strictObject({
      domains: z.array(z.string().regex(/^(https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}|http:\/\/127\.0\.0\.1:\d+)$/)).min(1),
    }),
    // Least privilege (README "Loading it into Premiere Pro"): pickers only, never fullAccess.
    localFileSystem: z.literal('request'),
    // Copy in Diagnostics; UXP has no write-only level. The panel never reads the clipboard (a test checks).
    clipboard: z.literal('readAndWrite').optional(),
  }),
});
