/**
 * The sentence builder as it was before the schema catalog area (issue 17), kept only as the oracle of
 * schema-issue-sentences-english.test.ts: English said through the catalog must stay these bytes.
 */
import type { z } from 'zod';

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
 */

type FieldUnit = 'USD' | 'dB' | 's' | 'ms' | 'Hz';

export interface FieldLabel {
  /** As the panel or the docs write it, e.g. "Daily cap", "Duck depth". */
  readonly name: string;
  readonly unit?: FieldUnit;
}

/** How an entry of a list is named in a sentence: "Preset 'Interview'", or "Preset 2" when it has no name. */
interface ItemLabel {
  readonly name: string;
  /** The entry's own field that names it, e.g. `name`. */
  readonly nameKey?: string;
}

/**
 * The words for one schema. Keys are paths with list positions written `[]`:
 * `budget.dailyUsd`, `presets[].depthDb`; items are keyed by the list path, `presets[]`.
 * A field without a label is shown by its key path, as written in the file.
 */
export interface SchemaVocabulary {
  readonly fields?: Readonly<Record<string, FieldLabel | string>>;
  readonly items?: Readonly<Record<string, ItemLabel>>;
  /** The whole document, for a problem with no field, e.g. "The preset pack". */
  readonly whole?: string;
}

export interface DescribeIssuesOptions {
  /** The schema that failed, for the ranges of numbers and the limits of lengths. */
  readonly schema?: z.ZodType;
  readonly vocabulary?: SchemaVocabulary;
  /** The value that was parsed: tells a missing field from a wrong one, and names list entries. */
  readonly input?: unknown;
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
  if (issue.code === 'unrecognized_keys') {
    const where = contextOf(issue.path, options);
    return issue.keys.map((key) => {
      const field = `“${key}” is not a known field`;
      return { path: [...issue.path, key], sentence: where === '' ? capitalize(field) : `${where}: ${field}` };
    });
  }
  const received = 'input' in issue ? issue.input : options.input === undefined ? NOT_GIVEN : valueAt(options.input, issue.path);
  const schema = options.schema == null ? undefined : schemaAt(options.schema, issue.path);
  const unit = unitOf(issue.path, options.vocabulary);
  return [{ path: issue.path, sentence: sentence(issue.path, phrase(issue, received, schema, unit), options) }];
}

/** Every problem as one paragraph: "Daily cap must be a number of dollars. Bins must not be empty." */
export function describeSchemaError(issues: readonly Issue[], options: DescribeIssuesOptions = {}): string {
  const sentences = describeSchemaIssues(issues, options);
  return sentences.length === 0 ? 'The value is not valid.' : sentences.map((sentence) => `${sentence}.`).join(' ');
}

/** A ZodError, told by its shape so errors from a duplicated zod bundle are recognised too. */
export function isSchemaError(error: unknown): error is Error & { issues: Issue[] } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

const NOT_GIVEN = Symbol('not given');

function sentence(path: readonly PropertyKey[], text: string, options: DescribeIssuesOptions): string {
  const where = contextOf(path, options);
  const field = fieldName(path, options.vocabulary);
  // Our own messages are predicates ("must be…", "has…") or advice ("use lowercase letters…"); advice follows a colon.
  const joined = PREDICATE.test(text) ? ` ${text}` : `: ${text}`;
  // Labels are written as the panel writes them ("Daily cap"); a key path stays as in the file ("gainDb").
  if (where === '') return `${field ?? options.vocabulary?.whole ?? 'The value'}${joined}`;
  return field == null ? `${where}: ${text}` : `${where} → ${lowerFirst(field)}: ${text}`;
}

const PREDICATE = /^(must|is|are|has|have|cannot|can|should|does|needs)\b/;

function phrase(issue: Issue, received: unknown, schema: SchemaNode | undefined, unit: FieldUnit | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return 'is required';
      if (issue.expected === 'int') {
        const { low, high } = numberBounds(schema);
        if (low != null || high != null) return `must be a whole number ${rangePhrase(low, high, unit).replace(/^must be /, '')}`;
      }
      return `must be ${typeName(issue.expected, unit)}`;
    case 'too_small':
    case 'too_big':
      return sizePhrase(issue, received, schema, unit);
    case 'invalid_value':
      return `must be ${alternatives(issue.values)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${formatNumber(Number(issue.divisor))}`;
    case 'invalid_format':
      return ownMessage(issue.message) ?? formatPhrase(issue.format);
    case 'invalid_union':
      return 'does not match any of the accepted forms';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not valid';
    case 'custom':
      return ownMessage(issue.message) ?? 'is not valid';
    default:
      return 'is not valid';
  }
}

/** Zod's own messages start like this; ours (set in the schemas) never do. */
function ownMessage(message: string): string | null {
  return /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(message) || message === '' ? null : message;
}

function typeName(expected: string, unit: FieldUnit | undefined): string {
  switch (expected) {
    case 'number':
      return unit == null ? 'a number' : `a number of ${UNIT_WORDS[unit]}`;
    case 'int':
      return unit == null ? 'a whole number' : `a whole number of ${UNIT_WORDS[unit]}`;
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a group of named fields';
    case 'date':
      return 'a date';
    default:
      return 'something else';
  }
}

const UNIT_WORDS: Record<FieldUnit, string> = { USD: 'dollars', dB: 'decibels (dB)', s: 'seconds', ms: 'milliseconds', Hz: 'hertz (Hz)' };

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

function sizePhrase(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  received: unknown,
  schema: SchemaNode | undefined,
  unit: FieldUnit | undefined,
): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive ?? true;
  if (issue.origin === 'string') {
    const length = typeof received === 'string' ? ` (it has ${formatCount(received.length)})` : '';
    if (issue.code === 'too_small') return limit <= 1 ? 'must not be empty' : `must be at least ${formatCount(limit)} characters${length}`;
    return `must be at most ${formatCount(limit)} characters${length}`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.code === 'too_small') return limit <= 1 ? 'must have at least one entry' : `must have at least ${formatCount(limit)} entries`;
    return `must have at most ${formatCount(limit)} ${limit === 1 ? 'entry' : 'entries'}`;
  }
  if (issue.origin !== 'number' && issue.origin !== 'int' && issue.origin !== 'bigint') return 'is out of range';
  const bounds = numberBounds(schema);
  const low = issue.code === 'too_small' ? { value: limit, inclusive } : bounds.low;
  const high = issue.code === 'too_big' ? { value: limit, inclusive } : bounds.high;
  return rangePhrase(low, high, unit);
}

function rangePhrase(low: Bound | undefined, high: Bound | undefined, unit: FieldUnit | undefined): string {
  if (low != null && high != null) {
    if (low.inclusive && high.inclusive)
      return `must be between ${withUnit(low.value, unit, false)} and ${withUnit(high.value, unit, true)}`;
    return `must be ${lowPhrase(low, unit)} and ${highPhrase(high, unit)}`;
  }
  if (low != null) return `must be ${lowPhrase(low, unit)}`;
  if (high != null) return `must be ${highPhrase(high, unit)}`;
  return 'is out of range';
}

const lowPhrase = (bound: Bound, unit: FieldUnit | undefined) =>
  `${bound.inclusive ? 'at least' : 'more than'} ${withUnit(bound.value, unit, true)}`;
const highPhrase = (bound: Bound, unit: FieldUnit | undefined) =>
  `${bound.inclusive ? 'at most' : 'less than'} ${withUnit(bound.value, unit, true)}`;

/** `$100,000`, `−24 dB`; `last` is false for the first number of "between A and B unit". */
function withUnit(value: number, unit: FieldUnit | undefined, last: boolean): string {
  if (unit === 'USD') return `$${formatNumber(value)}`;
  return unit == null || !last ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** With a true minus sign and thousands separators, as the panel shows numbers. */
function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 }).replace('-', '−');
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function alternatives(values: readonly unknown[]): string {
  const shown = values.map((value) =>
    typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? formatNumber(value) : String(value),
  );
  if (shown.length <= 1) return shown[0] ?? 'something else';
  if (shown.length === 2) return `${shown[0]} or ${shown[1]}`;
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function formatPhrase(format: string): string {
  switch (format) {
    case 'url':
      return 'must be a web address (https://…)';
    case 'email':
      return 'must be an email address';
    case 'datetime':
      return 'must be a date and time such as 2026-12-06T10:30:00Z';
    case 'date':
      return 'must be a date such as 2026-12-06';
    default:
      return 'is not in the accepted form';
  }
}

/** "Preset 'Interview'", or "Pack 'Acme' → Preset 2": the named list entries the path goes through. */
function contextOf(path: readonly PropertyKey[], options: DescribeIssuesOptions): string {
  const items = options.vocabulary?.items;
  if (items == null) return '';
  const parts: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    if (typeof segment !== 'number') continue;
    const label = items[patternOf(path.slice(0, index + 1))];
    if (label == null) continue;
    const name = label.nameKey == null ? undefined : valueAt(options.input, [...path.slice(0, index + 1), label.nameKey]);
    parts.push(typeof name === 'string' && name.trim() !== '' ? `${label.name} '${name}'` : `${label.name} ${segment + 1}`);
  }
  return parts.join(' → ');
}

/** The field's label, or its key path after the last named list entry; null for the entry or document itself. */
function fieldName(path: readonly PropertyKey[], vocabulary: SchemaVocabulary | undefined): string | null {
  if (path.length === 0) return null;
  const label = vocabulary?.fields?.[patternOf(path)];
  if (label != null) return typeof label === 'string' ? label : label.name;
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
  if (label != null && typeof label !== 'string' && label.unit != null) return label.unit;
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

/** "Duck depth" → "duck depth" inside a sentence; an acronym ("URL") or a key path stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
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
