/**
 * The fakes implement only the members the adapter uses (each class `implements Pick<Official, …>`,
 * so those members are type-checked against `@adobe/premierepro`). This is where a fake crosses into
 * a signature that names the full official type. `Partial<T>` still rejects a member of the wrong type.
 */
export function asOfficial<T>(fake: Partial<T>): T {
  return fake as T;
}
