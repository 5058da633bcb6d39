import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseStrictBody, parseVendorOptions } from '../../../src/providers/http/parse-outgoing';
import { ProviderApiError } from '../../../src/providers/spec';

const body = z.strictObject({
  prompt: z.string().max(2_500),
  duration: z.enum(['5', '10']),
  cfg_scale: z.number().min(0).max(1).optional(),
});
const vendor = { provider: 'kling', providerName: 'Kling' };

function refusal(run: () => unknown): ProviderApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderApiError);
    return error as ProviderApiError;
  }
  return expect.unreachable('nothing was refused');
}

describe('outgoing checks say what is wrong in words, as our own refusal', () => {
  it.each([
    [{ prompt: 'x'.repeat(2_600), duration: '5' }, 'Prompt is 2,600 characters; Kling accepts up to 2,500 (field: prompt).'],
    [{ prompt: 'Harbour', duration: '7' }, 'Kling cannot take this request: duration must be "5" or "10" (field: duration).'],
    [
      { prompt: 'Harbour', duration: '5', cfg_scale: 3 },
      'Kling cannot take this request: cfg_scale must be between 0 and 1 (field: cfg_scale).',
    ],
    [{ prompt: 'Harbour', duration: '5', seed: 1 }, 'Kling cannot take this request: “seed” is not a known field.'],
  ])('%j', (value, message) => {
    const error = refusal(() => parseStrictBody(body, value, vendor));
    expect(error.kind).toBe('invalid-request');
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/expected|received|Too big|Invalid/);
  });

  it('vendor options name the field under providerOptions', () => {
    const error = refusal(() =>
      parseVendorOptions(z.strictObject({ mode: z.enum(['std', 'pro']) }), { mode: 'max' }, { ...vendor, optionsKey: 'kling' }),
    );
    expect(error.message).toBe('The Kling options are invalid: mode must be "std" or "pro" (field: providerOptions.kling.mode).');
  });
});
