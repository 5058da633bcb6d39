import type { EmulatorFault, FaultEffect, RequestPhase } from './emulator-fault';

const PHASES = ['create', 'poll', 'download', 'other', 'any'] as const;

/** A `--faults` value the CLI could not read; the message shows the accepted grammar. */
export class FaultSpecError extends Error {
  constructor(item: string, problem: string) {
    super(
      `--faults "${item}": ${problem}. Write [provider:]phase:effect[*times][:retry-after=S], comma-separated; ` +
        'phase = create|poll|download|any; effect = an HTTP status (429, 503…), gateway@STATUS (the vendor did the work, a proxy answered 502/504), malformed, drop, drop@BYTES, stall@BYTES or delay=MS. ' +
        'Example: kling:poll:429*3:retry-after=2,kling:download:drop@65536',
    );
    this.name = 'FaultSpecError';
  }
}

/** Parses `--faults` text into faults, e.g. "kling:poll:429*3:retry-after=2,any:create:drop". */
export function parseFaultSpec(spec: string): EmulatorFault[] {
  return spec
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(parseItem);
}

function parseItem(item: string): EmulatorFault {
  const parts = item.split(':');
  const options = parts.filter((part) => part.includes('='));
  const positional = parts.filter((part) => !part.includes('=') || part.startsWith('delay='));
  const [provider, phaseText, effectText] =
    positional.length === 3 ? positional : positional.length === 2 ? [undefined, ...positional] : [undefined, undefined, undefined];
  if (phaseText == null || effectText == null) throw new FaultSpecError(item, 'expected phase:effect or provider:phase:effect');
  if (!(PHASES as readonly string[]).includes(phaseText)) throw new FaultSpecError(item, `unknown phase "${phaseText}"`);

  const [effectName, timesText] = effectText.split('*');
  const times = timesText == null ? 1 : timesText === 'inf' ? Infinity : Number(timesText);
  if (!(times === Infinity || (Number.isInteger(times) && times > 0)))
    throw new FaultSpecError(item, `"*${timesText}" is not a positive count`);
  const retryAfter = options.find((option) => option.startsWith('retry-after='))?.slice('retry-after='.length);
  return {
    provider: provider === 'any' ? undefined : provider,
    phase: phaseText as RequestPhase | 'any',
    effect: parseEffect(item, effectName!, retryAfter),
    times,
  };
}

function parseEffect(item: string, name: string, retryAfter: string | undefined): FaultEffect {
  if (/^\d{3}$/.test(name)) {
    const retryAfterSeconds = retryAfter == null ? undefined : Number(retryAfter);
    if (retryAfterSeconds != null && !(retryAfterSeconds >= 0))
      throw new FaultSpecError(item, `retry-after=${retryAfter} is not a number of seconds`);
    return { kind: 'status', status: Number(name), retryAfterSeconds };
  }
  if (name === 'malformed') return { kind: 'malformed-json' };
  if (name === 'drop') return { kind: 'drop-answer' };
  const gateway = /^gateway@(\d{3})$/.exec(name);
  if (gateway != null) return { kind: 'gateway-status', status: Number(gateway[1]) };
  const dropAt = /^drop@(\d+)$/.exec(name);
  if (dropAt != null) return { kind: 'drop-download', afterBytes: Number(dropAt[1]) };
  const stallAt = /^stall@(\d+)$/.exec(name);
  if (stallAt != null) return { kind: 'stall-download', afterBytes: Number(stallAt[1]) };
  const delay = /^delay=(\d+)$/.exec(name);
  if (delay != null) return { kind: 'delay', delayMs: Number(delay[1]) };
  throw new FaultSpecError(item, `unknown effect "${name}"`);
}
