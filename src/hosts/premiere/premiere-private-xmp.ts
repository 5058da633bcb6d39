import { XmpPacketError } from './xmp-packet-error';

/**
 * Premiere keeps an item's project metadata (Project panel columns) as an XMP packet in this private
 * namespace; `Metadata.getProjectMetadata` returns it and `createSetProjectMetadataAction` takes it
 * back (research/premiere-uxp.md §3; Adobe's metadata-handler sample uses the same URI).
 */
export const PRIVATE_PROJECT_METADATA_NS = 'http://ns.adobe.com/premierePrivateProjectMetaData/1.0/';

/** The prefix Premiere and Adobe's samples bind to the private namespace. */
const DEFAULT_PREFIX = 'premierePrivateProjectMetaData';

/**
 * A pure fallback for hosts without `require('uxp').xmp` (UXP < 7.2): reads and edits simple text
 * properties of the private namespace in an XMP packet's text, leaving everything else byte for byte
 * as it was. It understands both RDF spellings of a simple property — an element
 * `<p:Name>value</p:Name>` (what Premiere and Adobe's samples write) and an attribute `p:Name="value"`
 * on an `rdf:Description` — and any prefix bound to the namespace. It is not a general XMP parser:
 * arrays, structs and language alternatives are out of scope (ClipRelay's columns are all text).
 */

const NAME_PATTERN = /^[A-Za-z_][\w.-]*$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function requireName(name: string): void {
  if (!NAME_PATTERN.test(name)) throw new XmpPacketError(`"${name}" is not a valid XMP property name`);
}

/** XML text for an element's content: &, < and > escaped; CR kept as a character reference. */
export function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** Resolves the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity as 'lt'] ?? '';
  });
}

/** Every prefix the packet binds to `namespace` (usually one). */
function prefixesOf(packet: string, namespace: string): string[] {
  const binding = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*(["'])${escapeRegExp(namespace)}\\2`, 'g');
  return [...packet.matchAll(binding)].map((match) => match[1]!);
}

function elementPattern(prefix: string, name: string): RegExp {
  const qualified = escapeRegExp(`${prefix}:${name}`);
  // <p:Name/>, or <p:Name attrs>content</p:Name>; content of a simple property has no nested element of the same name.
  return new RegExp(`<${qualified}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${qualified}\\s*>)`, 'g');
}

function attributePattern(prefix: string, name: string): RegExp {
  return new RegExp(`\\s${escapeRegExp(`${prefix}:${name}`)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
}

/** The text of private-namespace property `name`, or null when the packet does not have it. */
export function readPrivateXmpProperty(packet: string, name: string): string | null {
  requireName(name);
  for (const prefix of prefixesOf(packet, PRIVATE_PROJECT_METADATA_NS)) {
    const element = elementPattern(prefix, name).exec(packet);
    if (element != null) return unescapeXml(element[1] ?? '');
    const attribute = attributePattern(prefix, name).exec(packet);
    if (attribute != null) return unescapeXml(attribute[1] ?? attribute[2] ?? '');
  }
  return null;
}

/** A minimal packet, as Premiere shows for an item that never had project metadata. */
function emptyPacket(): string {
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

function removeProperty(packet: string, prefixes: readonly string[], name: string): string {
  let result = packet;
  for (const prefix of prefixes) {
    result = result.replace(elementPattern(prefix, name), '').replace(attributePattern(prefix, name), '');
  }
  return result;
}

/** Where new element properties go: the content end of the rdf:Description in scope of `prefix`. */
function insertElements(packet: string, prefix: string | null, elements: string): string {
  const descriptions = [...packet.matchAll(/<rdf:Description\b[^>]*?(\/?)>/g)];
  const declaring = prefix == null ? undefined : descriptions.find((match) => match[0].includes(`xmlns:${prefix}=`));
  // A prefix bound on rdf:RDF or x:xmpmeta is in scope in every Description: use the first one.
  const target = declaring ?? (prefix != null && descriptions.length > 0 ? descriptions[0] : undefined);
  if (prefix != null && target != null) {
    const start = target.index ?? 0;
    const tag = target[0];
    if (target[1] === '/') {
      const opened = `${tag.slice(0, -2).trimEnd()}>${elements}</rdf:Description>`;
      return packet.slice(0, start) + opened + packet.slice(start + tag.length);
    }
    const close = packet.indexOf('</rdf:Description>', start + tag.length);
    if (close === -1) throw new XmpPacketError('an rdf:Description element is not closed');
    return packet.slice(0, close) + elements + packet.slice(close);
  }
  const rdfClose = packet.lastIndexOf('</rdf:RDF>');
  if (rdfClose === -1) throw new XmpPacketError('the packet has no rdf:RDF element');
  const description = `<rdf:Description rdf:about="" xmlns:${DEFAULT_PREFIX}="${PRIVATE_PROJECT_METADATA_NS}">${elements}</rdf:Description>`;
  return packet.slice(0, rdfClose) + description + packet.slice(rdfClose);
}

/**
 * The packet with each named private-namespace property set to its text (null removes it). Every
 * other byte of the packet is kept. An empty packet gets a minimal one first; a non-empty packet
 * without `rdf:RDF` is refused with an XmpPacketError rather than guessed at.
 */
export function setPrivateXmpProperties(packet: string, values: Readonly<Record<string, string | null>>): string {
  const names = Object.keys(values);
  names.forEach(requireName);
  let result = packet.trim() === '' ? emptyPacket() : packet;
  if (!/<rdf:RDF\b/.test(result)) throw new XmpPacketError('the packet has no rdf:RDF element');
  const prefixes = prefixesOf(result, PRIVATE_PROJECT_METADATA_NS);
  for (const name of names) result = removeProperty(result, prefixes, name);
  const prefix = prefixes[0] ?? null;
  const written = prefix ?? DEFAULT_PREFIX;
  const elements = names
    .filter((name) => values[name] != null)
    .map((name) => `<${written}:${name}>${escapeXmlText(values[name]!)}</${written}:${name}>`)
    .join('');
  return elements === '' ? result : insertElements(result, prefix, elements);
}
