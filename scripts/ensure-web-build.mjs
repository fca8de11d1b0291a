// Builds the web app into dist/web only when it is missing or older than its sources.
// Runs before `npm start` and as `pretest`, so the server and browser tests always serve a
// current SPA. Quiet: nothing when the build is current, one progress line on stderr while it
// builds, and Vite's whole output only when the build fails.
// `--out-dir <dir>` builds elsewhere (the start-up test uses it; the server reads WEB_DIR).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = values['out-dir'] ? resolve(values['out-dir']) : join(root, 'dist/web');
const target = join(outDir, 'index.html');
const sources = [join(root, 'web'), join(root, 'vite.config.ts')];
const skipDirs = new Set(['node_modules', 'dist', '.vite']);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && skipDirs.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

const built = existsSync(target) ? statSync(target).mtimeMs : 0;
const newestSource = Math.max(...sources.map(newestMtime));

if (built < newestSource) {
  const reason = built ? '网页源文件有更新' : '尚未构建';
  process.stderr.write(`JJLD 正在构建网页界面（${reason}，约需一分钟）……\n`);
  // Always a production build: under vitest NODE_ENV=test is inherited, and a test-mode build
  // renders differently (dev-only styles, test ids).
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'production', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.error || result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    process.stderr.write(`ensure-web-build: vite build failed (${result.error?.message ?? `exit ${result.status}`}); its output is above\n`);
    process.exit(result.status || 1);
  }
}
