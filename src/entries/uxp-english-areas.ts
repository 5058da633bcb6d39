import { OnDemandCodeError } from '../shared/load-on-demand';

/** UXP's CommonJS require (plugin files, relative to index.js). Webpack leaves `__non_webpack_require__` as `require`. */
type RequireFile = (path: string) => unknown;
declare const __non_webpack_require__: RequireFile;

/** A message as the Premiere build ships it: the syntax tree tools/precompiled-catalog-loader.cjs parsed it into. */
type Message = unknown;

/**
 * An English catalog area kept out of the Premiere main script (tools/english-areas-for-premiere-loader.cjs): its ids
 * stay in `catalog` (so "does this build know the id" is answered without reading anything), each a getter that reads
 * `locales/en-<area>.js` beside index.js with UXP's require the first time any of them is formatted. A file that cannot
 * be read makes every id of the area say an OnDemandCodeError's message (what to do: reopen, reinstall), said once on
 * the console; it is tried again at the next use.
 */
export function englishAreaOnDemand(
  catalog: object,
  area: string,
  exportName: string,
  ids: readonly string[],
  requireFile: RequireFile = (path) => __non_webpack_require__(path),
): void {
  let messages: Readonly<Record<string, Message>> | null = null;
  let warned = false;
  const read = (): Readonly<Record<string, Message>> | OnDemandCodeError => {
    if (messages != null) return messages;
    const part = `English messages (locales/en-${area}.js)`;
    try {
      const exported = requireFile(`./locales/en-${area}.js`) as Record<string, unknown> | null | undefined;
      const candidate = exported?.[exportName];
      if (typeof candidate !== 'object' || candidate == null) return new OnDemandCodeError({ part, cause: `no ${exportName} in the file` });
      messages = candidate as Readonly<Record<string, Message>>;
      return messages;
    } catch (cause) {
      return new OnDemandCodeError({ part, cause });
    }
  };
  for (const id of ids) {
    Object.defineProperty(catalog, id, {
      enumerable: true,
      configurable: true,
      get: (): Message => {
        const loaded = read();
        if (!(loaded instanceof OnDemandCodeError) && loaded[id] != null) return loaded[id];
        const error =
          loaded instanceof OnDemandCodeError ? loaded : new OnDemandCodeError({ part: `English message ${id}`, cause: 'missing' });
        if (!warned) console.warn(`ClipRelay: ${error.message}`);
        warned = true;
        // A literal (type 0) in the parsed form every message of this build has.
        return [{ type: 0, value: error.message }];
      },
    });
  }
}
