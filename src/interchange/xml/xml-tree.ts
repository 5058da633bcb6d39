import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { TimelineFormatError } from '../interchange-error';

/**
 * An XML element as fast-xml-parser keeps it with `preserveOrder`: `{ [tag]: children, ':@'?: attributes }`,
 * text as `{ '#text': … }`. Order, comments and unknown elements survive, so a file written back differs
 * only in formatting. Text and attribute values stay escaped exactly as the file wrote them (`&amp;`,
 * `&#233;`): entities are not processed by the parser (which is also several times faster on a two-hour
 * timeline) but by the accessors below, which decode on read and escape what ClipRelay writes.
 */
export type XmlNode = { [tag: string]: XmlNode[] } & { ':@'?: Record<string, string> };

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  processEntities: false,
  htmlEntities: false,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
} as const;

interface XmlDocument {
  readonly nodes: XmlNode[];
  /** `<!DOCTYPE …>` as written (the parser drops it; FCPXML and xmeml readers expect it back). */
  readonly doctype: string | null;
}

export function parseXml(text: string, fileKind: string): XmlDocument {
  // The parser closes what a file leaves open: a file cut off after any closing tag would read as
  // a shorter timeline and be written back without the rest. The validator refuses it, with where.
  const validity = XMLValidator.validate(text);
  if (validity !== true) {
    const { line, col, problem } = describeInvalidXml(text, validity.err);
    throw new TimelineFormatError({
      message: `This ${fileKind} is not well-formed XML (line ${line}, column ${col}: ${problem}); it may be cut off or damaged, so it cannot be read as a timeline.`,
    });
  }
  let nodes: XmlNode[];
  try {
    nodes = new XMLParser(OPTIONS).parse(text) as XmlNode[];
  } catch (error) {
    throw new TimelineFormatError({
      message: `This ${fileKind} is not well-formed XML, so it cannot be read as a timeline.`,
      cause: error,
    });
  }
  return { nodes, doctype: /<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/.exec(text)?.[0] ?? null };
}

/**
 * Where and what, in words: the validator reports elements still open at the end of the file as a
 * JSON-ish list at line 1, column 1; that case is told at the file's end, naming the open elements.
 */
function describeInvalidXml(text: string, err: { msg: string; line: number; col: number }): { line: number; col: number; problem: string } {
  const open = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(err.msg);
  if (open == null) return { line: err.line, col: err.col, problem: err.msg };
  const names = [...open[1]!.matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
  const lines = text.trimEnd().split('\n');
  return {
    line: lines.length,
    col: lines.at(-1)!.length + 1,
    problem: `the file ends with ${names.join(' › ')} still open`,
  };
}

export function buildXml(document: XmlDocument): string {
  const body: string = new XMLBuilder(OPTIONS).build(document.nodes);
  const text = body.replace(/^\n/, '');
  if (document.doctype == null) return text.endsWith('\n') ? text : `${text}\n`;
  const declaration = /^<\?xml[^>]*\?>\n?/.exec(text)?.[0] ?? '';
  const rest = text.slice(declaration.length);
  const joined = `${declaration.replace(/\n?$/, '\n')}${document.doctype}\n${rest}`;
  return joined.endsWith('\n') ? joined : `${joined}\n`;
}

/** The element's tag, or null for text, comments and CDATA. */
export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@' && !key.startsWith('#')) return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag == null ? [] : node[tag]!;
}

export function elementsOf(node: XmlNode, tag?: string): XmlNode[] {
  return childrenOf(node).filter((child) => (tag == null ? tagOf(child) != null : tagOf(child) === tag));
}

export function firstElement(node: XmlNode, tag: string): XmlNode | null {
  return childrenOf(node).find((child) => tagOf(child) === tag) ?? null;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references, decoded. */
function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Escaped for text and attribute values alike. */
function encodeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]!};`);
}

export function attributeOf(node: XmlNode, name: string): string | null {
  const raw = node[':@']?.[name];
  return raw == null ? null : decodeXml(raw);
}

export function setAttribute(node: XmlNode, name: string, value: string | null): void {
  const attributes = { ...(node[':@'] ?? {}) };
  if (value == null) delete attributes[name];
  else attributes[name] = encodeXml(value);
  if (Object.keys(attributes).length === 0) delete node[':@'];
  else node[':@'] = attributes;
}

/** The concatenated text directly inside an element ('' when none). */
/** An element's text: entities decoded, CDATA sections taken as written (some exporters wrap paths and names in them). */
export function textOf(node: XmlNode | null): string {
  if (node == null) return '';
  return childrenOf(node)
    .map((child) => {
      const text: unknown = child['#text'];
      if (typeof text === 'string') return decodeXml(text);
      const cdata = child['#cdata'];
      return Array.isArray(cdata) ? cdata.map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join('') : '';
    })
    .join('');
}

export function childText(node: XmlNode, tag: string): string | null {
  const child = firstElement(node, tag);
  return child == null ? null : textOf(child);
}

export function element(tag: string, children: XmlNode[] = [], attributes?: Record<string, string>): XmlNode {
  const node = { [tag]: children } as XmlNode;
  for (const [name, value] of Object.entries(attributes ?? {})) setAttribute(node, name, value);
  return node;
}

export function textElement(tag: string, text: string, attributes?: Record<string, string>): XmlNode {
  return element(tag, [{ '#text': encodeXml(text) } as unknown as XmlNode], attributes);
}

/** The document's root element. */
export function rootElement(document: XmlDocument): XmlNode | null {
  return document.nodes.find((node) => tagOf(node) != null && tagOf(node) !== '?xml') ?? null;
}
