import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jjld-web-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The script `npm start` and `npm test` run first, building into a directory of this test's own. */
function ensureWebBuild(outDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs', '--out-dir', outDir], { cwd: root, env, encoding: 'utf8', timeout: 280_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// A real Vite build: seconds when idle, a minute or more on two loaded cores.
describe('the web build before npm start', { timeout: 300_000 }, () => {
  const outDir = join(work, 'web');

  it('builds a missing app with one progress line and none of Vite\'s output', () => {
    const first = ensureWebBuild(outDir);
    expect(first.code, first.err).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(first.out).toBe('');
    expect(first.err).toMatch(/^JJLD 正在构建网页界面（尚未构建，约需一分钟）……\n$/);
  });

  it('says nothing at all when the build is current', () => {
    expect(ensureWebBuild(outDir)).toEqual({ code: 0, out: '', err: '' });
  });

  it('shows Vite\'s output when the build fails', () => {
    const notADirectory = join(work, 'a-file');
    writeFileSync(notADirectory, '');
    const failed = ensureWebBuild(notADirectory);
    expect(failed.code).not.toBe(0);
    expect(failed.err).toContain('ENOTDIR'); // Vite's own error, not swallowed
    expect(failed.err).toMatch(/vite build failed \(exit \d+\); its output is above\n$/);
  });
});
