/**
 * Takes the first scripted fault a request matches from a vendor emulator's own queue (faults in
 * the vendor's error vocabulary, after authentication), counting `times` down and dropping it
 * when used up. The shared FaultInjector does the same for HTTP-level faults across vendors.
 */
export function takeScriptedFault<Fault extends { readonly times?: number }>(
  queue: Fault[],
  matches: (fault: Fault) => boolean = () => true,
): Fault | undefined {
  const index = queue.findIndex(matches);
  const fault = queue[index];
  if (fault == null) return undefined;
  const remaining = (fault.times ?? 1) - 1;
  if (remaining <= 0) queue.splice(index, 1);
  else queue[index] = { ...fault, times: remaining };
  return fault;
}
