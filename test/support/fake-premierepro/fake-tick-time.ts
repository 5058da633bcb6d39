import type { FrameRate, FrameRateStatic, TickTime, TickTimeStatic } from '@adobe/premierepro';
import { asOfficial } from './fake-official';
import { PremiereRuleError } from './fake-lock';

/** 1 s in Premiere ticks. */
export const TICKS_PER_SECOND = 254_016_000_000;

/** NTSC rates are 1000/1001 of a whole rate; Premiere stores their exact tick duration. */
function ticksPerFrameOf(framesPerSecond: number): number {
  const ntscBase = [24, 30, 48, 60, 120].find((rate) => Math.abs(framesPerSecond - (rate * 1000) / 1001) < 0.01);
  if (ntscBase != null) return (TICKS_PER_SECOND * 1001) / (ntscBase * 1000);
  return Math.round(TICKS_PER_SECOND / framesPerSecond);
}

export class FakeFrameRate implements Pick<FrameRate, 'value' | 'ticksPerFrame' | 'equals'> {
  ticksPerFrame: number;

  constructor(readonly value: number) {
    if (!(value > 0)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: frame rate must be positive');
    this.ticksPerFrame = ticksPerFrameOf(value);
  }

  equals(frameRate: FrameRate): boolean {
    return frameRate.ticksPerFrame === this.ticksPerFrame;
  }
}

/** Immutable, integer ticks — like Premiere's TickTime, whose arithmetic never drifts. */
class FakeTickTime implements Pick<
  TickTime,
  'seconds' | 'ticks' | 'ticksNumber' | 'equals' | 'add' | 'subtract' | 'multiply' | 'divide' | 'alignToFrame' | 'alignToNearestFrame'
> {
  readonly ticksNumber: number;

  constructor(ticks: number) {
    this.ticksNumber = Math.round(ticks);
  }

  get seconds(): number {
    return this.ticksNumber / TICKS_PER_SECOND;
  }

  get ticks(): string {
    return String(this.ticksNumber);
  }

  equals(tickTime: TickTime): boolean {
    return ticksOf(tickTime) === this.ticksNumber;
  }

  add(tickTime: TickTime): TickTime {
    return tickTimeOfTicks(this.ticksNumber + ticksOf(tickTime));
  }

  subtract(tickTime: TickTime): TickTime {
    return tickTimeOfTicks(this.ticksNumber - ticksOf(tickTime));
  }

  multiply(factor: number): TickTime {
    return tickTimeOfTicks(this.ticksNumber * factor);
  }

  divide(divisor: number): TickTime {
    return tickTimeOfTicks(this.ticksNumber / divisor);
  }

  alignToFrame(frameRate: FrameRate): TickTime {
    return tickTimeOfTicks(Math.floor(this.ticksNumber / frameRate.ticksPerFrame) * frameRate.ticksPerFrame);
  }

  alignToNearestFrame(frameRate: FrameRate): TickTime {
    return tickTimeOfTicks(Math.round(this.ticksNumber / frameRate.ticksPerFrame) * frameRate.ticksPerFrame);
  }
}

/** Ticks of a TickTime the fake made; anything else is rejected like Premiere rejects foreign objects. */
export function ticksOf(tickTime: TickTime): number {
  if (!(tickTime instanceof FakeTickTime)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a TickTime');
  return tickTime.ticksNumber;
}

export function tickTimeOfTicks(ticks: number): TickTime {
  return asOfficial<TickTime>(new FakeTickTime(ticks));
}

export function secondsToTicks(seconds: number): number {
  return Math.round(seconds * TICKS_PER_SECOND);
}

export const fakeTickTimeStatic: Pick<
  TickTimeStatic,
  'createWithSeconds' | 'createWithTicks' | 'createWithFrameAndFrameRate' | 'TIME_ZERO' | 'TIME_ONE_SECOND'
> = {
  createWithSeconds: (seconds) => tickTimeOfTicks(secondsToTicks(seconds)),
  createWithTicks: (ticks) => {
    if (!/^-?\d+$/.test(ticks)) throw new PremiereRuleError('foreign-object', `Illegal Parameter type: "${ticks}" is not a tick count`);
    return tickTimeOfTicks(Number(ticks));
  },
  createWithFrameAndFrameRate: (frameCount, frameRate) => tickTimeOfTicks(frameCount * frameRate.ticksPerFrame),
  TIME_ZERO: tickTimeOfTicks(0),
  TIME_ONE_SECOND: tickTimeOfTicks(TICKS_PER_SECOND),
};

export const fakeFrameRateStatic: Pick<FrameRateStatic, 'createWithValue'> = {
  createWithValue: (value) => asOfficial<FrameRate>(new FakeFrameRate(value)),
};
