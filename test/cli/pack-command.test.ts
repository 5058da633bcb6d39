import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { captureCliIo } from '../support/capture-cli-io';
import { agencyPack } from '../support/pack-fixtures';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const tempFolder = tempFoldersRemovedAfterAll();
let folder: string;

beforeEach(() => {
  folder = tempFolder('pack-cli-');
});

async function run(argv: string[]) {
  const io = captureCliIo(folder);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('cliprelay pack', () => {
  it('keygen writes the private key with mode 0600, prints only the public key, and never overwrites a key', async () => {
    const made = await run(['pack', 'keygen', '--out', 'acme.key']);
    expect(made.code).toBe(0);
    const printed = JSON.parse(made.out);
    expect(printed.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const keyFile = JSON.parse(await readFile(join(folder, 'acme.key'), 'utf8'));
    expect(keyFile.publicKey).toBe(printed.publicKey);
    expect(made.out + made.err).not.toContain(keyFile.secretKey);
    if (process.platform !== 'win32') expect((await stat(join(folder, 'acme.key'))).mode & 0o777).toBe(0o600);

    const again = await run(['pack', 'keygen', '--out', 'acme.key']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; a signing key is never overwritten/);
    expect(JSON.parse(await readFile(join(folder, 'acme.key'), 'utf8')).secretKey).toBe(keyFile.secretKey);
  });

  it('signs a pack and verifies it, against the printed key and refusing another key or a changed byte', async () => {
    const key = JSON.parse((await run(['pack', 'keygen', '--out', 'acme.key'])).out);
    const other = JSON.parse((await run(['pack', 'keygen', '--out', 'other.key'])).out);
    await writeFile(join(folder, 'acme.json'), JSON.stringify(agencyPack({ version: 7 })));
    const signed = await run(['pack', 'sign', '--key', 'acme.key', '--pack', 'acme.json', '--out', 'acme.cliprelay-pack.json']);
    expect(signed.code).toBe(0);
    expect(JSON.parse(signed.out)).toMatchObject({ name: 'Acme house mix', version: 7, publicKey: key.publicKey });

    const verified = await run(['pack', 'verify', '--pack', 'acme.cliprelay-pack.json', '--public-key', key.publicKey]);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ valid: true, version: 7, fingerprint: key.fingerprint });

    const wrongKey = await run(['pack', 'verify', '--pack', 'acme.cliprelay-pack.json', '--public-key', other.publicKey]);
    expect(wrongKey.code).toBe(1);
    expect(JSON.parse(wrongKey.out)).toEqual({ valid: false });
    expect(wrongKey.err).toMatch(/signed by a different key/);

    const text = await readFile(join(folder, 'acme.cliprelay-pack.json'), 'utf8');
    await writeFile(join(folder, 'tampered.json'), text.replace('\\"version\\": 7', '\\"version\\": 8'));
    const tampered = await run(['pack', 'verify', '--pack', 'tampered.json']);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/signature does not match its contents/);
  });

  it('refuses what it cannot use with the usage exit code, never echoing a key file', async () => {
    await writeFile(join(folder, 'not-a-key'), 'SECRET-LOOKING-TEXT');
    await writeFile(join(folder, 'acme.json'), JSON.stringify(agencyPack()));
    const badKey = await run(['pack', 'sign', '--key', 'not-a-key', '--pack', 'acme.json', '--out', 'x.json']);
    expect(badKey.code).toBe(2);
    expect(badKey.err).not.toContain('SECRET-LOOKING-TEXT');
    expect((await run(['pack'])).code).toBe(2);
    expect((await run(['pack', 'frobnicate'])).err).toMatch(/unknown subcommand "frobnicate"; use keygen, sign, verify/);
    expect((await run(['pack', 'sign', '--key', 'k'])).err).toMatch(/--key FILE, --pack FILE and --out FILE are all required/);
  });
});
