export { signPresetPack, openSignedPack, isSignedPackText } from './signed-pack';
export { PackSignatureError } from './pack-signature-error';
export { keyFingerprint } from './pack-key-text';
export { packSigningKeyFromSeed, serializePackSigningKey, parsePackSigningKey } from './pack-signing-key';
export { resolveClientTag } from './client-tag';
export { promptHash } from './prompt-hash';
export { promptLibrary, searchPromptLibrary, personalTemplateNameProblem } from './prompt-library';
