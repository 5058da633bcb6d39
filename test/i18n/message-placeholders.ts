/**
 * The argument names an ICU message uses, nested plural/select branches included, by a small recursive-descent
 * reader. Apostrophe quoting is used only where a message must show braces themselves (ComfyUI's '{{seed}}'): an ASCII
 * apostrophe before a brace starts literal text up to the next apostrophe, as ICU reads it (prose writes ’). Throws on
 * unbalanced braces.
 */
export function placeholdersOf(message: string): Set<string> {
  const names = new Set<string>();
  let index = 0;
  const readText = (): void => {
    while (index < message.length) {
      const char = message[index]!;
      if (char === '}') return;
      if (char === '{') readArgument();
      else if (char === "'" && message[index + 1] === "'")
        index += 2; // '' is one apostrophe
      else if (char === "'" && (message[index + 1] === '{' || message[index + 1] === '}')) {
        const end = message.indexOf("'", index + 1);
        if (end < 0) throw new Error(`unclosed quote at ${index} in ${message}`);
        index = end + 1;
      } else index += 1;
    }
  };
  const readArgument = (): void => {
    index += 1; // {
    const head = /^\s*([^\s,{}]+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(index));
    if (head == null) throw new Error(`no argument name at ${index} in ${message}`);
    names.add(head[1]!);
    index += head[0].length;
    const type = head[2];
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      if (message[index] !== ',') throw new Error(`no options after ${type} in ${message}`);
      index += 1;
      while (index < message.length && message[index] !== '}') {
        if (message[index] === '{') {
          index += 1;
          readText();
          if (message[index] !== '}') throw new Error(`unclosed branch in ${message}`);
        }
        index += 1;
      }
    } else {
      while (index < message.length && message[index] !== '}') index += 1; // number/date style
    }
    if (message[index] !== '}') throw new Error(`unclosed argument in ${message}`);
    index += 1;
  };
  readText();
  if (index !== message.length) throw new Error(`unbalanced } in ${message}`);
  return names;
}
