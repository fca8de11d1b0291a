// Builds the web app into dist/web only when it is missing or older than its sources.
// Runs as `prestart` and `pretest`, so the server and browser tests always serve a current SPA.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'dist/web/index.html');
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

if (built >= newestSource) {
  console.log('ensure-web-build: dist/web is up to date, skipped the build');
} else {
  const reason = built ? 'it was older than web/' : 'it was missing';
  // Always a production build: under vitest NODE_ENV=test is inherited, and a test-mode build
// renders differently (dev-only styles, test ids).
  const result = spawnSync('npx', ['vite', 'build', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`ensure-web-build: vite build failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  console.log(`ensure-web-build: built dist/web (${reason})`);
}
