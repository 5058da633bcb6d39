import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  keyFingerprint,
  openSignedPack,
  packSigningKeyFromSeed,
  parsePackSigningKey,
  serializePackSigningKey,
  signPresetPack,
} from '../domain/packs';
import { parsePresetPack } from '../domain/presets';
import { describeError } from '../shared/app-error';
import { assertInputFile } from './assert-input-file';
import { EXIT_FAILED, EXIT_OK, escapeForTerminal, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { parseCommandArgs } from './parse-cli-args';

const SUBCOMMANDS = ['keygen', 'sign', 'verify'] as const;

/**
 * `cliprelay pack keygen | sign | verify`: the agency's side of signed packs. The secret key is
 * only ever written to its file (mode 0600, never over an existing file) and never printed; the
 * public key and its fingerprint are printed, for editors to compare with what their panel pinned.
 */
export async function runPackCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  switch (subcommand) {
    case 'keygen':
      return keygen(rest, io);
    case 'sign':
      return sign(rest, io);
    case 'verify':
      return verify(rest, io);
    default:
      throw new CliUsageError(
        `pack: ${subcommand == null ? 'missing' : `unknown`} subcommand${subcommand == null ? '' : ` "${subcommand}"`}; use ${SUBCOMMANDS.join(', ')}. See cliprelay pack --help.`,
      );
  }
}

async function keygen(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('pack keygen', argv, { out: { type: 'string' } });
  if (flags.out == null) throw new CliUsageError('pack keygen: --out FILE is required (where the private key is written).');
  const path = resolve(io.cwd, flags.out);
  const key = packSigningKeyFromSeed(new Uint8Array(randomBytes(32)));
  // 'wx': an existing key is never overwritten (losing it would strand every panel that pinned it).
  await writeFile(path, serializePackSigningKey(key), { encoding: 'utf8', mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliUsageError(`pack keygen: ${flags.out} already exists; a signing key is never overwritten. Choose another --out.`);
    throw error;
  });
  io.stdout.write(`${JSON.stringify({ keyFile: path, publicKey: key.publicKey, fingerprint: keyFingerprint(key.publicKey) })}\n`);
  io.stderr.write(`Private key written to ${escapeForTerminal(path)} (readable by you only). Keep it secret and backed up.\n`);
  return EXIT_OK;
}

async function sign(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('pack sign', argv, { key: { type: 'string' }, pack: { type: 'string' }, out: { type: 'string' } });
  if (flags.key == null || flags.pack == null || flags.out == null)
    throw new CliUsageError('pack sign: --key FILE, --pack FILE and --out FILE are all required.');
  const keyPath = resolve(io.cwd, flags.key);
  const packPath = resolve(io.cwd, flags.pack);
  await assertInputFile('pack sign', `--key ${flags.key}`, keyPath);
  await assertInputFile('pack sign', `--pack ${flags.pack}`, packPath);
  let key;
  try {
    key = parsePackSigningKey(await readFile(keyPath, 'utf8'));
  } catch {
    // The key file's content is never echoed: only that it is not a key file.
    throw new CliUsageError(`pack sign: ${flags.key} is not a ClipRelay signing key file (cliprelay pack keygen makes one).`);
  }
  const pack = parsePresetPack(await readFile(packPath, 'utf8'), flags.pack);
  const signed = signPresetPack(pack, key.secretKey);
  await writeFile(resolve(io.cwd, flags.out), signed, 'utf8');
  io.stdout.write(
    `${JSON.stringify({ signedPack: resolve(io.cwd, flags.out), name: pack.name, version: pack.version, publicKey: key.publicKey, fingerprint: keyFingerprint(key.publicKey) })}\n`,
  );
  return EXIT_OK;
}

async function verify(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('pack verify', argv, { pack: { type: 'string' }, 'public-key': { type: 'string' } });
  if (flags.pack == null) throw new CliUsageError('pack verify: --pack FILE is required.');
  const path = resolve(io.cwd, flags.pack);
  await assertInputFile('pack verify', `--pack ${flags.pack}`, path);
  try {
    const opened = openSignedPack(await readFile(path, 'utf8'), { source: flags.pack, pinnedPublicKey: flags['public-key'] });
    io.stdout.write(
      `${JSON.stringify({ valid: true, name: opened.pack.name, version: opened.pack.version, publicKey: opened.publicKey, fingerprint: keyFingerprint(opened.publicKey) })}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    io.stdout.write(`${JSON.stringify({ valid: false })}\n`);
    io.stderr.write(`cliprelay: ${escapeForTerminal(describeError(error))}\n`);
    return EXIT_FAILED;
  }
}
