import { PremiereRuleError } from './fake-lock';
import type { MetadataState } from './fake-state';

/** Premiere's private project-metadata namespace (research §3). */
const FAKE_PRIVATE_NS = 'http://ns.adobe.com/premierePrivateProjectMetaData/1.0/';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The private-namespace properties of a packet, read the fake's own way (independent of the adapter's
 * editor): simple element and attribute properties under any prefix bound to the namespace. A string
 * that is not an XMP packet is refused, as Premiere refuses an action built from one.
 */
export function parseFakeXmp(packet: string): MetadataState {
  if (!/<x:xmpmeta\b/.test(packet) || !/<rdf:RDF\b/.test(packet))
    throw new PremiereRuleError('metadata-xmp-packet', 'Illegal Parameter type: metadata is not an XMP packet');
  const properties: MetadataState = {};
  const prefixes = [...packet.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)]
    .filter((match) => match[2] === FAKE_PRIVATE_NS)
    .map((match) => match[1]!);
  for (const prefix of prefixes) {
    const quoted = prefix.replace(/[.-]/g, '\\$&');
    for (const match of packet.matchAll(new RegExp(`<${quoted}:([\\w.-]+)(?:\\s[^>]*)?>([\\s\\S]*?)</${quoted}:\\1>`, 'g'))) {
      properties[match[1]!] = unescape(match[2]!);
    }
    for (const match of packet.matchAll(new RegExp(`<${quoted}:([\\w.-]+)(?:\\s[^>]*)?/>`, 'g'))) properties[match[1]!] = '';
    for (const match of packet.matchAll(new RegExp(`\\s${quoted}:([\\w.-]+)\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
      properties[match[1]!] = unescape(match[2] ?? match[3] ?? '');
    }
  }
  return properties;
}

/** A packet like the ones Premiere hands out: element properties, the intrinsic Name first. */
export function serializeFakeXmp(name: string, properties: MetadataState): string {
  const elements = [['Column.Intrinsic.Name', name] as const, ...Object.entries(properties)]
    .map(([property, value]) => `<premierePrivateProjectMetaData:${property}>${escape(value)}</premierePrivateProjectMetaData:${property}>`)
    .join('');
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core (fake)">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description rdf:about="" xmlns:premierePrivateProjectMetaData="${FAKE_PRIVATE_NS}">${elements}</rdf:Description>` +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}
