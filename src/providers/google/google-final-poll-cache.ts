/**
 * The last few finished answers that carried inline video bytes, by job name. The final poll already
 * holds the clip; keeping it spares a second transfer when the download follows in the same session
 * (after a reload, download asks the provider again). Bounded: the oldest entry goes first.
 */
export class GoogleFinalPollCache<Answer> {
  readonly #answers = new Map<string, Answer>();

  /** @param capacity answers kept at most. @default 4 */
  constructor(private readonly capacity = 4) {}

  remember(name: string, answer: Answer): void {
    this.#answers.delete(name);
    this.#answers.set(name, answer);
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= this.capacity) break;
      this.#answers.delete(oldest);
    }
  }

  get(name: string): Answer | undefined {
    return this.#answers.get(name);
  }

  forget(name: string): void {
    this.#answers.delete(name);
  }
}
