/** "1 clip", "3 clips": a count with its noun, plural in English where it is not one. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
