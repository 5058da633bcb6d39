export { inspectMp4, MP4_LEADING_BOX_TYPES, type Mp4Info } from './inspect-mp4';
export { loopedClip } from './looped-clip';
export { Mp4FormatError } from './mp4-format-error';
export { readBoxHeader, type Mp4Box } from './mp4-box';
export { silentClipVariant } from './silent-clip-variant';
