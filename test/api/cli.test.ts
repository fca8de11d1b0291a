import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'jjld-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The CLI as an operator runs it, on an embedded database of its own (never the CI's PostgreSQL). */
function cli(...args: string[]) {
  // A small synthetic province (the default 3000 samples would only slow the test down).
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', JJLD_DEMO_SAMPLES: '300' };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each case spawns the CLI (and the first seeds a demo province): generous under a loaded machine.
describe('npm run cli', { timeout: 120_000 }, () => {
  it('seeds the organisation and demo accounts, then verifies the audit chain', () => {
    const seed = cli('seed', '--demo');
    expect(seed.err).toBe('');
    expect(seed.out).toMatch(/organisation: 223 units added; demo accounts created: 449/);
    const verify = cli('audit', 'verify', '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('generates synthetic samples, and adds nothing when run again with the same seed and N', () => {
    const first = cli('seed', '--demo', '--samples', '200', '--seed', '3');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/demo samples \(seed 3, \d{4}–\d{4}\): inserted 200 samples, \d+ result items, \d+ enterprises/);
    expect(first.err).toMatch(/demo samples: 200\/200 generated \(100%\)/);
    const again = cli('seed', '--demo', '--samples', '200', '--seed', '3');
    expect(again.out).toContain('nothing new — all 200 sample numbers already exist');
    expect(cli('seed', '--samples', '10').code).toBe(2);
  });

  it('recomputes the escalation rules over every enterprise; a second run changes nothing', () => {
    const first = cli('rules', 'recompute', '--json');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ enterprises: expect.any(Number), created: expect.any(Number), updated: expect.any(Number) });
    const again = cli('rules', 'recompute');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/escalation rules recomputed: \d+ enterprises, 0 escalations created, 0 updated \(\d+ ms\)/);
    expect(cli('rules', 'bogus').code).toBe(2);
  });

  it('creates an account with a one-time initial password', () => {
    const created = cli('users', 'create', '--username', 'li.si', '--name', '李四', '--unit', '510107', '--roles', 'bureau_officer');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/created li\.si in 成都市武侯区市场监督管理局; initial password .*: \S{12}/);
    const unknownUnit = cli('users', 'create', '--username', 'x.y', '--unit', '999999', '--roles', 'leader');
    expect(unknownUnit.code).toBe(1);
    expect(unknownUnit.err).toContain('找不到单位：999999');
  });

  it('refuses to open the embedded database while another process holds it', () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'jjld.lock'), String(process.pid)); // this test process: alive
    try {
      const result = cli('audit', 'verify');
      expect(result.code).toBe(1);
      expect(result.err).toContain('DATA_DIR_IN_USE');
      expect(result.err).toContain('npm start');
    } finally {
      rmSync(join(dataDir, 'jjld.lock'));
    }
  });

  it('takes over a lock left by a process that died', () => {
    writeFileSync(join(dataDir, 'jjld.lock'), '999999999');
    expect(cli('audit', 'verify').code).toBe(0);
  });
});
