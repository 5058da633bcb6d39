/**
 * Where API keys live: UXP secureStorage in Premiere (encrypted with the OS user's credentials),
 * environment variables for the CLI, nothing at all in the sandbox (emulators need no real key).
 * Never localStorage, never logs, never project metadata.
 */
export interface SecretStore {
  /**
   * The secret, or null when none is stored (secure storage "should be regarded as a cache").
   * Rejects with SecretUnreadableError when the store itself fails: that is reported, never
   * passed off as "no key".
   */
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
}
