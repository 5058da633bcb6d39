/**
 * The part of UXP's XMP module (`require('uxp').xmp`, UXP ≥ 7.2) ClipRelay uses, declared
 * structurally so tests can pass a stand-in. Adobe's metadata-handler sample edits Premiere's project
 * metadata exactly this way: `new XMPMeta(packet)` → `setProperty(ns, name, value)` → `serialize()`
 * (research/premiere-uxp.md §3).
 */
export interface XmpMetaLike {
  doesPropertyExist(schemaNS: string, propName: string): boolean;
  getProperty(schemaNS: string, propName: string): { readonly value: unknown } | undefined;
  setProperty(schemaNS: string, propName: string, propValue: string): void;
  deleteProperty(schemaNS: string, propName: string): void;
  serialize(): string;
}

interface XmpMetaConstructor {
  new (packet?: string): XmpMetaLike;
  /** Registers a namespace so properties in it can be set even when the packet never mentioned it. */
  registerNamespace?(namespaceUri: string, suggestedPrefix: string): string;
}

export interface XmpToolkit {
  readonly XMPMeta: XmpMetaConstructor;
}
