import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    setupFiles: existsSync('web/test-setup.ts') ? ['web/test-setup.ts'] : [],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: more workers only contend for the CPU that PGlite and argon2 need.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
