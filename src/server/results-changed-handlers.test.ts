import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

// Every entry point that can write results registers the handlers before it does (a missing
// registration throws at the first result written; this catches it before a user does).
const entryPoints = ['src/server/main.ts', 'src/server/app.ts', 'src/server/prepare-database.ts', 'src/cli/main.ts', 'test/helpers/test-database.ts', 'bench/lib.ts'];

describe('results-changed handlers', () => {
  it.each(entryPoints)('are registered by %s', (file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/^\s*registerResultsHandlers\(\);/m);
  });

  it('sampling reaches disposal syncing and escalation rules only through them', () => {
    const files = readdirSync('src/modules/sampling').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files).toContain('write-results.ts');
    for (const file of files) {
      expect(readFileSync(`src/modules/sampling/${file}`, 'utf8'), file).not.toMatch(/from '\.\.\/(escalations\/|disposals\/sync-disposals)/);
    }
  });
});
