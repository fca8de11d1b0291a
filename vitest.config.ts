import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in vite.config.ts: web files import reply types from the server's contracts.
  resolve: { alias: { '@contracts': resolve(import.meta.dirname, 'src/contracts') } },
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    setupFiles: existsSync('web/test-setup.ts') ? ['web/test-setup.ts'] : [],
    environment: 'node',
    // A page test's first render transforms and styles antd cold: on two loaded cores that has
    // taken 25–35 s, and over 60 s beside a full second suite, so 120 s leaves room. Set-up that
    // seeds a demo database on PGlite took over 120 s at load average 20 (the suite beside five
    // other engineers' work): hooks get 300 s. A timeout here only ends a run that hangs.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores: more workers only contend for the CPU that PGlite and argon2 need.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
