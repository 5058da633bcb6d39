import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs` while `active` (elapsed-time displays). */
export function useClock(now: () => number, active: boolean, intervalMs = 1000): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTime(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, active, intervalMs]);
  return active ? time : now();
}
