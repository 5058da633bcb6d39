import type { CommandHelp } from './command-help';

/** `cliprelay pack --help`. */
export const PACK_COMMAND_HELP: CommandHelp = {
  summary: "an agency's signed preset packs: make a signing key, sign a pack, verify a signed pack",
  usage: [
    'cliprelay pack keygen --out KEYFILE',
    'cliprelay pack sign --key KEYFILE --pack PACK.json --out SIGNED.cliprelay-pack.json',
    'cliprelay pack verify --pack SIGNED.cliprelay-pack.json [--public-key KEY]',
  ],
  flags: [
    ['--out FILE', 'keygen: where the private key is written (mode 0600, never over an existing file); sign: the signed pack'],
    ['--key FILE', 'sign: the private key file keygen wrote'],
    ['--pack FILE', 'sign: a preset pack (JSON, schema version 1–3); verify: a signed pack'],
    ['--public-key KEY', 'verify: the key the pack must be signed by (base64url, as keygen printed it; default: any valid signature)'],
  ],
  notes: [
    'stdout: keygen {"keyFile","publicKey","fingerprint"}; sign {"signedPack","name","version","publicKey","fingerprint"}; verify {"valid",…}.',
    'The private key is never printed. Panels pin the public key on first install and refuse a pack signed by any other.',
    'verify exits 1 when the signature does not match the contents or the key is not --public-key.',
  ],
  examples: [
    'cliprelay pack keygen --out acme-signing.key',
    'cliprelay pack sign --key acme-signing.key --pack acme.json --out acme.cliprelay-pack.json',
  ],
};
