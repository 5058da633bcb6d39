/** Reads a media file as byte chunks; each platform supplies one (Node fs stream, UXP file, sandbox fetch). */
export type ReadMedia = (mediaPath: string) => AsyncIterable<Uint8Array>;
