import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { TimelineFormatError } from '../interchange-error';

/**
 * An XML element as fast-xml-parser keeps it with `preserveOrder`: `{ [tag]: children, ':@'?: attributes }`,
 * text as `{ '#text': … }`. Order, comments and unknown elements survive, so a file written back differs
 * only in formatting.
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
  processEntities: true,
  htmlEntities: true,
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

export function attributeOf(node: XmlNode, name: string): string | null {
  return node[':@']?.[name] ?? null;
}

export function setAttribute(node: XmlNode, name: string, value: string | null): void {
  const attributes = { ...(node[':@'] ?? {}) };
  if (value == null) delete attributes[name];
  else attributes[name] = value;
  if (Object.keys(attributes).length === 0) delete node[':@'];
  else node[':@'] = attributes;
}

/** The concatenated text directly inside an element ('' when none). */
export function textOf(node: XmlNode | null): string {
  if (node == null) return '';
  return childrenOf(node)
    .map((child) => (child['#text'] != null ? String(child['#text'] as unknown) : ''))
    .join('');
}

export function childText(node: XmlNode, tag: string): string | null {
  const child = firstElement(node, tag);
  return child == null ? null : textOf(child);
}

export function element(tag: string, children: XmlNode[] = [], attributes?: Record<string, string>): XmlNode {
  const node = { [tag]: children } as XmlNode;
  if (attributes != null && Object.keys(attributes).length > 0) node[':@'] = attributes;
  return node;
}

export function textElement(tag: string, text: string, attributes?: Record<string, string>): XmlNode {
  return element(tag, [{ '#text': text } as unknown as XmlNode], attributes);
}

/** The document's root element. */
export function rootElement(document: XmlDocument): XmlNode | null {
  return document.nodes.find((node) => tagOf(node) != null && tagOf(node) !== '?xml') ?? null;
}
