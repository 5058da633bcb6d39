import { PRIVATE_PROJECT_METADATA_NS, readPrivateXmpProperty, setPrivateXmpProperties } from './premiere-private-xmp';
import type { XmpToolkit } from './premiere-xmp-toolkit';

/**
 * Reads and edits text properties of Premiere's private project-metadata namespace. With UXP's XMP
 * toolkit it does what Adobe's metadata-handler sample does (XMPMeta → setProperty → serialize); without
 * it (UXP < 7.2) it uses the tested text fallback, which changes nothing but the named properties.
 */
export class PrivateMetadataEditor {
  constructor(private readonly toolkit: XmpToolkit | null) {
    // Registering is idempotent; it lets setProperty work on a packet that never declared the namespace.
    toolkit?.XMPMeta.registerNamespace?.(PRIVATE_PROJECT_METADATA_NS, 'premierePrivateProjectMetaData');
  }

  get usesXmpToolkit(): boolean {
    return this.toolkit != null;
  }

  read(packet: string, name: string): string | null {
    if (this.toolkit == null) return readPrivateXmpProperty(packet, name);
    if (packet.trim() === '') return null;
    const meta = new this.toolkit.XMPMeta(packet);
    if (!meta.doesPropertyExist(PRIVATE_PROJECT_METADATA_NS, name)) return null;
    const value = meta.getProperty(PRIVATE_PROJECT_METADATA_NS, name)?.value;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- XMP property values are strings at run time; String() only guards a toolkit that wraps them
    return value == null ? null : String(value);
  }

  /** The packet with each property set (null removes it). */
  edit(packet: string, values: Readonly<Record<string, string | null>>): string {
    if (this.toolkit == null) return setPrivateXmpProperties(packet, values);
    const meta = packet.trim() === '' ? new this.toolkit.XMPMeta() : new this.toolkit.XMPMeta(packet);
    for (const [name, value] of Object.entries(values)) {
      if (value != null) meta.setProperty(PRIVATE_PROJECT_METADATA_NS, name, value);
      else if (meta.doesPropertyExist(PRIVATE_PROJECT_METADATA_NS, name)) meta.deleteProperty(PRIVATE_PROJECT_METADATA_NS, name);
    }
    return meta.serialize();
  }
}
