import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'jjld-intake-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(extra: NodeJS.ProcessEnv, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extra };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run cli -- intake-keys and complaints', { timeout: 240_000 }, () => {
  it('creates a key (printed once), lists it without the key, and revokes it', () => {
    expect(cli('seed').code).toBe(0);
    const created = cli('intake-keys', 'create', '--name', '12345', '--json');
    expect(created.code, created.err).toBe(0);
    const { id, key, name } = JSON.parse(created.out);
    expect(name).toBe('12345');
    expect(key).toMatch(/^jjld_/);
    const list = cli('intake-keys', 'list');
    expect(list.out).toContain(id);
    expect(list.out).not.toContain(key);
    expect(cli('intake-keys', 'revoke', id).code).toBe(0);
    expect(cli('intake-keys', 'list').out).toContain('(revoked)');
    expect(cli('intake-keys', 'create').code).toBe(2);
  });

  // The same seeded database (the test above ran `seed`); the rotation itself is tested in complaints-rekey.test.ts.
  it('complaints rekey: runs with the new and the previous key, reports as JSON, and needs its action', () => {
    const keys = { JJLD_COMPLAINT_KEY: 'a'.repeat(64), JJLD_COMPLAINT_KEY_PREVIOUS: 'b'.repeat(64) };
    const run = cliWith(keys, 'complaints', 'rekey', '--json');
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ checked: 0, rekeyed: 0, unreadable: [] });
    expect(cliWith(keys, 'complaints').code).toBe(2);
    const bad = cliWith({ ...keys, JJLD_COMPLAINT_KEY_PREVIOUS: 'short' }, 'complaints', 'rekey');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('JJLD_COMPLAINT_KEY_PREVIOUS');
  });
});
