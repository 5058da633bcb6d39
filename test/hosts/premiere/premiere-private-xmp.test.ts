import { describe, expect, it } from 'vitest';
import {
  PRIVATE_PROJECT_METADATA_NS,
  escapeXmlText,
  readPrivateXmpProperty,
  setPrivateXmpProperties,
  unescapeXml,
} from '../../../src/hosts/premiere/premiere-private-xmp';
import { XmpPacketError } from '../../../src/hosts/premiere/xmp-packet-error';
import { parseFakeXmp } from '../../support/fake-premierepro/fake-xmp';

const NS = PRIVATE_PROJECT_METADATA_NS;

/** As Adobe's sample shows Premiere's project metadata: element properties in one rdf:Description. */
const premierePacket =
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.0-c001">' +
  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  `<rdf:Description rdf:about="" xmlns:premierePrivateProjectMetaData="${NS}">` +
  '<premierePrivateProjectMetaData:Column.Intrinsic.Name>Clip 1.mp4</premierePrivateProjectMetaData:Column.Intrinsic.Name>' +
  '<premierePrivateProjectMetaData:Column.PropertyBool.Hide>True</premierePrivateProjectMetaData:Column.PropertyBool.Hide>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

describe('the private-namespace XMP text editor (fallback without uxp.xmp)', () => {
  it('sets new properties and leaves every other byte of the packet as it was', () => {
    const edited = setPrivateXmpProperties(premierePacket, { ClipRelayPrompt: 'Rain at night', ClipRelaySeed: '42' });
    expect(readPrivateXmpProperty(edited, 'ClipRelayPrompt')).toBe('Rain at night');
    expect(readPrivateXmpProperty(edited, 'ClipRelaySeed')).toBe('42');
    expect(readPrivateXmpProperty(edited, 'Column.PropertyBool.Hide')).toBe('True');
    // Removing what was added gives back the original text exactly.
    expect(setPrivateXmpProperties(edited, { ClipRelayPrompt: null, ClipRelaySeed: null })).toBe(premierePacket);
  });

  it('replaces a property instead of adding a second one', () => {
    const once = setPrivateXmpProperties(premierePacket, { ClipRelayModel: 'kling-v2-5' });
    const twice = setPrivateXmpProperties(once, { ClipRelayModel: 'kling-v2-6' });
    expect(twice.match(/ClipRelayModel>/g)).toHaveLength(2); // one open, one close tag
    expect(readPrivateXmpProperty(twice, 'ClipRelayModel')).toBe('kling-v2-6');
  });

  it('round-trips text that needs escaping, and an independent parser reads the same value', () => {
    const prompt = 'A "wet" street & <neon> signs — 雨の夜 🌧\r\nsecond line';
    const edited = setPrivateXmpProperties(premierePacket, { ClipRelayPrompt: prompt });
    expect(edited).not.toContain('<neon>');
    expect(readPrivateXmpProperty(edited, 'ClipRelayPrompt')).toBe(prompt);
    expect(parseFakeXmp(edited).ClipRelayPrompt).toBe(prompt);
  });

  it('reads and replaces the attribute spelling, under any prefix bound to the namespace', () => {
    const attributeForm =
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
      `<rdf:Description rdf:about="" xmlns:ppro="${NS}" ppro:ClipRelayJobId="task &amp; 1" ppro:Other='x'/></rdf:RDF></x:xmpmeta>`;
    expect(readPrivateXmpProperty(attributeForm, 'ClipRelayJobId')).toBe('task & 1');
    expect(readPrivateXmpProperty(attributeForm, 'Other')).toBe('x');
    const edited = setPrivateXmpProperties(attributeForm, { ClipRelayJobId: 'task-2' });
    expect(edited).not.toContain('ppro:ClipRelayJobId="');
    expect(edited).toContain('<ppro:ClipRelayJobId>task-2</ppro:ClipRelayJobId>');
    expect(readPrivateXmpProperty(edited, 'ClipRelayJobId')).toBe('task-2');
    expect(readPrivateXmpProperty(edited, 'Other')).toBe('x');
    expect(parseFakeXmp(edited)).toMatchObject({ ClipRelayJobId: 'task-2', Other: 'x' });
  });

  it('adds a Description declaring the namespace when the packet has none, and builds a packet from nothing', () => {
    const other =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"/></rdf:RDF></x:xmpmeta>';
    const edited = setPrivateXmpProperties(other, { ClipRelayProvider: 'kling' });
    expect(edited.startsWith('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF')).toBe(true);
    expect(edited).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"/>');
    expect(readPrivateXmpProperty(edited, 'ClipRelayProvider')).toBe('kling');
    const fresh = setPrivateXmpProperties('', { ClipRelayProvider: 'kling' });
    expect(parseFakeXmp(fresh)).toEqual({ ClipRelayProvider: 'kling' });
  });

  it('uses the Description in scope when the prefix is bound on rdf:RDF', () => {
    const bound = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:p="${NS}"><rdf:Description rdf:about=""><p:A>1</p:A></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const edited = setPrivateXmpProperties(bound, { B: '2' });
    expect(edited).toContain('<p:A>1</p:A><p:B>2</p:B></rdf:Description>');
  });

  it('does not confuse a property with one whose name it prefixes', () => {
    const packet = setPrivateXmpProperties(premierePacket, { ClipRelaySeedNote: 'keep', ClipRelaySeed: '7' });
    expect(readPrivateXmpProperty(setPrivateXmpProperties(packet, { ClipRelaySeed: null }), 'ClipRelaySeedNote')).toBe('keep');
  });

  it('refuses what it cannot edit safely, with a typed error', () => {
    expect(() => setPrivateXmpProperties('not xmp at all', { A: '1' })).toThrow(XmpPacketError);
    expect(() => setPrivateXmpProperties(premierePacket, { 'Bad Name': '1' })).toThrow(XmpPacketError);
    expect(readPrivateXmpProperty(premierePacket, 'Missing')).toBeNull();
  });

  it('escapes and unescapes XML text', () => {
    expect(escapeXmlText('a<b>&c\r')).toBe('a&lt;b&gt;&amp;c&#xD;');
    expect(unescapeXml('&lt;&#65;&#x42;&apos;&quot;&amp;lt;')).toBe('<AB\'"&lt;');
  });
});
