import type { z } from 'zod';
import { SOURCE_LOCALE } from './i18n/app-locale';
import type { MessageId } from './i18n/catalogs';
import { createTranslator, type Translator } from './i18n/translator';

/**
 * The one translator from zod issues to sentences a person can act on. Every place a schema
 * failure reaches a person (settings form, preset packs, stored documents, the CLI) goes through
 * here, so nobody ever reads "expected number, received NaN" or a dump of zod's JSON.
 *
 * A sentence names the field in the words of the place it was typed ("Daily cap must be a number
 * of dollars"), or, inside a list, the entry it belongs to ("Preset 'Interview' → duck depth: must
 * be between −24 and −1 dB"). Ranges come from the schema itself (both bounds, even when only one
 * was crossed); units come from the vocabulary or, failing that, from the field name's suffix
 * (`depthDb`, `attackSeconds`, `dailyUsd`…), the repository's naming rule.
 *
 * Every frame and phrase is a message of the `schema` catalog area, said in the translator's language (English when
 * none is given: the CLI, logs and stored documents). Messages a schema sets itself ("use lowercase letters…") are
 * shown as written.
 */

type FieldUnit = 'USD' | 'dB' | 's' | 'ms' | 'Hz';

/** A label: a catalog message (said in the reader's language), or words shown as they are (a key, a brand). */
export type Wording = string | { readonly id: MessageId };

/** A catalog label for a vocabulary: `label('schema.fieldDuckDepth')`. */
export const label = (id: MessageId): Wording => ({ id });

export interface FieldLabel {
  /** As the panel or the docs write it, e.g. "Daily cap", "Duck depth". */
  readonly name: Wording;
  readonly unit?: FieldUnit;
}

/** How an entry of a list is named in a sentence: "Preset 'Interview'", or "Preset 2" when it has no name. */
interface ItemLabel {
  readonly name: Wording;
  /** The entry's own field that names it, e.g. `name`. */
  readonly nameKey?: string;
}

/**
 * The words for one schema. Keys are paths with list positions written `[]`:
 * `budget.dailyUsd`, `presets[].depthDb`; items are keyed by the list path, `presets[]`.
 * A field without a label is shown by its key path, as written in the file.
 */
export interface SchemaVocabulary {
  readonly fields?: Readonly<Record<string, FieldLabel | Wording>>;
  readonly items?: Readonly<Record<string, ItemLabel>>;
  /** The whole document, for a problem with no field, e.g. "The preset pack". */
  readonly whole?: Wording;
}

export interface DescribeIssuesOptions {
  /** The schema that failed, for the ranges of numbers and the limits of lengths. */
  readonly schema?: z.ZodType;
  readonly vocabulary?: SchemaVocabulary;
  /** The value that was parsed: tells a missing field from a wrong one, and names list entries. */
  readonly input?: unknown;
  /** The language of the sentences. @default English */
  readonly translator?: Translator;
}

/** The catalog lookup without the compile-time values check: ids and values are chosen together in this module. */
type Say = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

let english: Translator | undefined;

function translatorOf(options: DescribeIssuesOptions): Translator {
  if (options.translator != null) return options.translator;
  english ??= createTranslator(SOURCE_LOCALE);
  return english;
}

function words(wording: Wording, say: Say): string {
  return typeof wording === 'string' ? wording : say(wording.id);
}

/** A phrase of ours (a catalog message, always a predicate: "must be…") or one a schema set ("use lowercase…"). */
interface Phrase {
  readonly text: string;
  readonly predicate: boolean;
}

type Issue = z.core.$ZodIssue;

/** One sentence per problem (without a final full stop), duplicates removed, in zod's order. */
export function describeSchemaIssues(issues: readonly Issue[], options: DescribeIssuesOptions = {}): string[] {
  return [...new Set(issues.flatMap((issue) => describeSchemaIssue(issue, options).map((entry) => entry.sentence)))];
}

/**
 * The sentences for one issue with the path each is about (an unknown-field issue names several
 * fields, one sentence each).
 */
export function describeSchemaIssue(
  issue: Issue,
  options: DescribeIssuesOptions = {},
): { readonly path: readonly PropertyKey[]; readonly sentence: string }[] {
  const translator = translatorOf(options);
  const say: Say = translator.t;
  if (issue.code === 'unrecognized_keys') {
    const where = contextOf(issue.path, options, say);
    return issue.keys.map((key) => {
      const field = say('schema.unknownField', { key });
      return {
        path: [...issue.path, key],
        sentence: where === '' ? capitalize(field) : say('schema.itemProblem', { where, problem: field }),
      };
    });
  }
  const received = 'input' in issue ? issue.input : options.input === undefined ? NOT_GIVEN : valueAt(options.input, issue.path);
  const schema = options.schema == null ? undefined : schemaAt(options.schema, issue.path);
  const unit = unitOf(issue.path, options.vocabulary);
  const numbers = numberFormats(translator);
  return [{ path: issue.path, sentence: sentence(issue.path, phrase(issue, received, schema, unit, say, numbers), options, say) }];
}

/** Every problem as one paragraph: "Daily cap must be a number of dollars. Bins must not be empty." */
export function describeSchemaError(issues: readonly Issue[], options: DescribeIssuesOptions = {}): string {
  const translator = translatorOf(options);
  const say: Say = translator.t;
  const sentences = describeSchemaIssues(issues, { ...options, translator });
  if (sentences.length === 0) return say('schema.valueNotValid');
  // Chinese sentences end in a full-width stop and run on without a space.
  return sentences.map((sentence) => say('schema.sentence', { sentence })).join(translator.locale === 'zh-Hans' ? '' : ' ');
}

/** A ZodError, told by its shape so errors from a duplicated zod bundle are recognised too. */
export function isSchemaError(error: unknown): error is Error & { issues: Issue[] } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

const NOT_GIVEN = Symbol('not given');

function sentence(path: readonly PropertyKey[], problem: Phrase, options: DescribeIssuesOptions, say: Say): string {
  const where = contextOf(path, options, say);
  const field = fieldName(path, options.vocabulary, say);
  // Labels are written as the panel writes them ("Daily cap"); a key path stays as in the file ("gainDb").
  if (where === '') {
    const subject = field ?? (options.vocabulary?.whole == null ? say('schema.theValue') : words(options.vocabulary.whole, say));
    // Our own messages are predicates ("must be…", "has…"); a schema's may be advice ("use lowercase letters…"), after a colon.
    return say(problem.predicate ? 'schema.fieldProblem' : 'schema.fieldAdvice', { field: subject, problem: problem.text });
  }
  if (field == null) return say('schema.itemProblem', { where, problem: problem.text });
  return say('schema.itemFieldProblem', { where, field: lowerFirst(field), problem: problem.text });
}

const PREDICATE = /^(must|is|are|has|have|cannot|can|should|does|needs)\b/;

/** Numbers (with a true minus sign) and alternatives as the panel shows them in the translator's language. */
interface NumberFormats {
  /** "A, B or C", the translator's disjunction ("ou", "lub", "或"). */
  readonly alternatives: (items: readonly string[]) => string;
  /** Up to six decimals and thousands separators: "−24", "100,000", "0.02". */
  readonly decimal: (value: number) => string;
  /** Money in dollars, as today's English writes it: "$100,000". */
  readonly dollars: (value: number) => string;
}

function numberFormats(translator: Translator): NumberFormats {
  const decimal = (value: number) => translator.formatNumber(value, { maximumFractionDigits: 6 }).replace(/-/g, '−');
  // English keeps "$0" without cents, as every pinned sentence has it; other locales write their own currency form.
  const dollars =
    translator.locale === SOURCE_LOCALE
      ? (value: number) => `$${decimal(value)}`
      : (value: number) => {
          const whole = Number.isInteger(value);
          return new Intl.NumberFormat(translator.locale, {
            style: 'currency',
            currency: 'USD',
            minimumFractionDigits: whole ? 0 : 2,
            maximumFractionDigits: whole ? 0 : 2,
          })
            .format(value)
            .replace(/-/g, '−');
        };
  return { alternatives: (items) => translator.formatList(items, 'disjunction'), decimal, dollars };
}

function ours(text: string): Phrase {
  return { text, predicate: true };
}

function phrase(
  issue: Issue,
  received: unknown,
  schema: SchemaNode | undefined,
  unit: FieldUnit | undefined,
  say: Say,
  numbers: NumberFormats,
): Phrase {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return ours(say('schema.required'));
      if (issue.expected === 'int') {
        const { low, high } = numberBounds(schema);
        if (low != null || high != null) return ours(rangePhrase(low, high, unit, true, say, numbers));
      }
      return ours(typePhrase(issue.expected, unit, say));
    case 'too_small':
    case 'too_big':
      return ours(sizePhrase(issue, received, schema, unit, say, numbers));
    case 'invalid_value':
      return ours(alternatives(issue.values, say, numbers));
    case 'not_multiple_of':
      return ours(say('schema.multipleOf', { divisor: numbers.decimal(Number(issue.divisor)) }));
    case 'invalid_format':
      return ownMessage(issue.message) ?? ours(formatPhrase(issue.format, say));
    case 'invalid_union':
      return ours(say('schema.noMatchingForm'));
    case 'invalid_key':
    case 'invalid_element':
      return ours(say('schema.invalidEntry'));
    case 'custom':
      return ownMessage(issue.message) ?? ours(say('schema.notValid'));
    default:
      return ours(say('schema.notValid'));
  }
}

/** Zod's own messages start like this; ours (set in the schemas, in English) never do. */
function ownMessage(message: string): Phrase | null {
  if (/^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(message) || message === '') return null;
  return { text: message, predicate: PREDICATE.test(message) };
}

const TYPE_NAMES = new Set(['number', 'int', 'string', 'boolean', 'array', 'object', 'date']);

function typePhrase(expected: string, unit: FieldUnit | undefined, say: Say): string {
  if ((expected === 'number' || expected === 'int') && unit != null)
    return say('schema.mustBeAmountOf', { whole: expected === 'int' ? 'yes' : 'no', unit });
  return say('schema.mustBeType', { type: TYPE_NAMES.has(expected) ? expected : 'other' });
}

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

function sizePhrase(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  received: unknown,
  schema: SchemaNode | undefined,
  unit: FieldUnit | undefined,
  say: Say,
  numbers: NumberFormats,
): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive ?? true;
  if (issue.origin === 'string') {
    const length = typeof received === 'string' ? numbers.decimal(received.length) : 'none';
    if (issue.code === 'too_small') return limit <= 1 ? say('schema.notEmpty') : say('schema.textAtLeast', { count: limit, length });
    return say('schema.textAtMost', { count: limit, length });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.code === 'too_small') return limit <= 1 ? say('schema.listNotEmpty') : say('schema.listAtLeast', { count: limit });
    return say('schema.listAtMost', { count: limit });
  }
  if (issue.origin !== 'number' && issue.origin !== 'int' && issue.origin !== 'bigint') return say('schema.outOfRange');
  const bounds = numberBounds(schema);
  const low = issue.code === 'too_small' ? { value: limit, inclusive } : bounds.low;
  const high = issue.code === 'too_big' ? { value: limit, inclusive } : bounds.high;
  return rangePhrase(low, high, unit, false, say, numbers);
}

function rangePhrase(
  low: Bound | undefined,
  high: Bound | undefined,
  unit: FieldUnit | undefined,
  wholeNumber: boolean,
  say: Say,
  numbers: NumberFormats,
): string {
  const whole = wholeNumber ? 'yes' : 'no';
  if (low != null && high != null) {
    if (low.inclusive && high.inclusive)
      return say('schema.between', {
        whole,
        low: withUnit(low.value, unit, false, numbers),
        high: withUnit(high.value, unit, true, numbers),
      });
    return say('schema.bothBounds', {
      whole,
      lowKind: low.inclusive ? 'atLeast' : 'moreThan',
      low: withUnit(low.value, unit, true, numbers),
      highKind: high.inclusive ? 'atMost' : 'lessThan',
      high: withUnit(high.value, unit, true, numbers),
    });
  }
  if (low != null)
    return say('schema.oneBound', { whole, kind: low.inclusive ? 'atLeast' : 'moreThan', value: withUnit(low.value, unit, true, numbers) });
  if (high != null)
    return say('schema.oneBound', {
      whole,
      kind: high.inclusive ? 'atMost' : 'lessThan',
      value: withUnit(high.value, unit, true, numbers),
    });
  return say('schema.outOfRange');
}

/** `$100,000`, `−24 dB`; `last` is false for the first number of "between A and B unit". */
function withUnit(value: number, unit: FieldUnit | undefined, last: boolean, numbers: NumberFormats): string {
  if (unit === 'USD') return numbers.dollars(value);
  return unit == null || !last ? numbers.decimal(value) : `${numbers.decimal(value)} ${unit}`;
}

/** `"fast", "slow" or "exact"`: values as written in the file, joined the locale's way ("ou", "lub", "或"). */
function alternatives(values: readonly unknown[], say: Say, numbers: NumberFormats): string {
  const shown = values.map((value) =>
    typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? numbers.decimal(value) : String(value),
  );
  if (shown.length === 0) return say('schema.mustBeValue', { value: say('schema.somethingElse') });
  const joined = numbers.alternatives(shown);
  return say(shown.length <= 2 ? 'schema.mustBeValue' : 'schema.mustBeOneOf', shown.length <= 2 ? { value: joined } : { choices: joined });
}

const FORMATS = new Set(['url', 'email', 'datetime', 'date']);

function formatPhrase(format: string, say: Say): string {
  return FORMATS.has(format) ? say('schema.format', { format }) : say('schema.notInForm');
}

/** "Preset 'Interview'", or "Pack 'Acme' → Preset 2": the named list entries the path goes through. */
function contextOf(path: readonly PropertyKey[], options: DescribeIssuesOptions, say: Say): string {
  const items = options.vocabulary?.items;
  if (items == null) return '';
  const parts: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    if (typeof segment !== 'number') continue;
    const label = items[patternOf(path.slice(0, index + 1))];
    if (label == null) continue;
    const name = label.nameKey == null ? undefined : valueAt(options.input, [...path.slice(0, index + 1), label.nameKey]);
    const item = words(label.name, say);
    parts.push(
      typeof name === 'string' && name.trim() !== ''
        ? say('schema.namedItem', { item, name })
        : say('schema.numberedItem', { item, position: String(segment + 1) }),
    );
  }
  return parts.join(' → ');
}

/** The field's label, or its key path after the last named list entry; null for the entry or document itself. */
function fieldName(path: readonly PropertyKey[], vocabulary: SchemaVocabulary | undefined, say: Say): string | null {
  if (path.length === 0) return null;
  const label = vocabulary?.fields?.[patternOf(path)];
  if (label != null) return words(isFieldLabel(label) ? label.name : label, say);
  let start = 0;
  for (let index = 0; index < path.length; index += 1) {
    if (typeof path[index] === 'number' && vocabulary?.items?.[patternOf(path.slice(0, index + 1))] != null) start = index + 1;
  }
  const rest = path.slice(start);
  return rest.length === 0 ? null : keyPath(rest);
}

/** `presets[1].depthDb`, as written in the file. */
export function keyPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/** `presets[].depthDb`: the key path with every list position written `[]`, as vocabularies are keyed. */
function patternOf(path: readonly PropertyKey[]): string {
  return keyPath(path).replace(/\[\d+\]/g, '[]');
}

function unitOf(path: readonly PropertyKey[], vocabulary: SchemaVocabulary | undefined): FieldUnit | undefined {
  const label = vocabulary?.fields?.[patternOf(path)];
  if (label != null && isFieldLabel(label) && label.unit != null) return label.unit;
  const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (key == null) return undefined;
  if (/Usd$/.test(key)) return 'USD';
  if (/Db$/.test(key)) return 'dB';
  if (/Ms$/.test(key)) return 'ms';
  if (/Seconds$/.test(key)) return 's';
  if (/Hz$/.test(key)) return 'Hz';
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Duck depth" → "duck depth", "Écart" → "écart" inside a sentence; an acronym ("URL") or a key path stays as it is. */
function lowerFirst(text: string): string {
  return /^\p{Lu}[\p{Ll} ]/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function isFieldLabel(label: FieldLabel | Wording): label is FieldLabel {
  return typeof label !== 'string' && 'name' in label;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current == null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The internals of a zod schema this module reads: its kind, wrapped schemas and checks. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly in?: SchemaNode;
      readonly element?: SchemaNode;
      readonly shape?: Record<string, SchemaNode>;
      readonly valueType?: SchemaNode;
      readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; value?: unknown; inclusive?: boolean } } }[];
    };
  };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current != null && depth < 16; depth += 1) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else return current;
  }
  return current;
}

/** The schema of the value at `path`, or undefined where the walk meets a union or anything else it cannot follow. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): SchemaNode | undefined {
  let node = unwrap(schema);
  for (const segment of path) {
    if (node == null) return undefined;
    const def = node._zod.def;
    if (def.type === 'object' && typeof segment === 'string') node = unwrap(def.shape?.[segment]);
    else if (def.type === 'array' && typeof segment === 'number') node = unwrap(def.element);
    else if (def.type === 'record') node = unwrap(def.valueType);
    else return undefined;
  }
  return node;
}

function numberBounds(node: SchemaNode | undefined): { low?: Bound; high?: Bound } {
  const bounds: { low?: Bound; high?: Bound } = {};
  if (node?._zod.def.type !== 'number') return bounds;
  for (const check of node._zod.def.checks ?? []) {
    const { check: kind, value, inclusive } = check._zod.def;
    if (typeof value !== 'number') continue;
    if (kind === 'greater_than') bounds.low = { value, inclusive: inclusive ?? true };
    if (kind === 'less_than') bounds.high = { value, inclusive: inclusive ?? true };
  }
  return bounds;
}
