import { describe, expect, it } from 'vitest';
import { moduleManifests } from '../../src/modules/manifests.js';
import { sourceFiles } from './source-files.js';
import { schemaTables, tableWritesOf } from './table-writes.js';

/**
 * A module changes another module's table only through that module's functions, so the rules
 * that go with a write (audit row, version, work items) live in one place. Each manifest declares
 * the tables its module owns; a write anywhere else fails here.
 */

/**
 * Writes that stay outside their owner on purpose, each with its reason. Keep this list short:
 * a new entry needs the same justification.
 */
const allowed: { module: string; file: string; tables: string[]; why: string }[] = [
  // Demo seeding through tables: the synthetic generator bulk-loads up to 10^6 samples with COPY
  // (a use case per sample would take hours); the demo accounts share one password hash; the
  // demo disposals backdate when a conclusion was received and stage an overturned result.
  { module: 'demo', file: 'src/modules/demo/synthetic/seed-samples.ts', tables: ['enterprises', 'samples', 'resultItems'], why: 'bulk demo seed' },
  { module: 'demo', file: 'src/modules/demo/seed-demo.ts', tables: ['users', 'userRoles'], why: 'demo accounts' },
  { module: 'demo', file: 'src/modules/demo/seed-demo-disposals.ts', tables: ['samples'], why: 'demo disposal history' },
  // The import's batch writer upserts samples in bulk (one statement per batch of 1000) and the
  // retest's conclusion rewrites its sample; both also write result_items until issue 10 step 3's
  // one results writer (sampling) takes that over. Then `resultItems` leaves these entries, and
  // an entry goes when its file writes none of its tables (the test below).
  { module: 'imports', file: 'src/modules/imports/write-sample-batch.ts', tables: ['samples', 'resultItems'], why: 'results writer (issue 10 step 3)' },
  { module: 'objections', file: 'src/modules/objections/conclude-application.ts', tables: ['samples', 'resultItems'], why: 'results writer (issue 10 step 3)' },
];

const owners = new Map<string, string>();
for (const manifest of moduleManifests) {
  for (const table of manifest.tables) {
    const name = [...schemaTables].find(([, t]) => t === table)![0];
    owners.set(name, [owners.get(name), manifest.name].filter(Boolean).join(', '));
  }
}

function moduleOf(file: string): string {
  return file.split('/')[2];
}

describe('table ownership', () => {
  it('every schema table has exactly one owning module', () => {
    const problems = [...schemaTables.keys()].filter((name) => !owners.has(name) || owners.get(name)!.includes(','));
    expect(problems.map((name) => `${name}: ${owners.get(name) ?? 'no owner'}`)).toEqual([]);
  });

  it('no module writes a table another module owns', () => {
    const violations: string[] = [];
    for (const file of sourceFiles('src/modules').filter((f) => !f.endsWith('.test.ts'))) {
      const module = moduleOf(file);
      for (const write of tableWritesOf(file)) {
        if (owners.get(write.table) === module) continue;
        if (allowed.some((a) => a.module === module && a.file === file && a.tables.includes(write.table))) continue;
        violations.push(`${file}:${write.line} writes ${write.table} (owned by ${owners.get(write.table)}): ${write.text}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('outside src/modules nothing writes a table (the assembly, jobs and CLI call use cases)', () => {
    const writes = ['src/server', 'src/http', 'src/jobs', 'src/cli', 'src/domain']
      .flatMap((folder) => sourceFiles(folder).filter((f) => !f.endsWith('.test.ts')))
      .flatMap((file) => tableWritesOf(file).map((w) => `${file}:${w.line} writes ${w.table}`));
    expect(writes).toEqual([]);
  });

  it('every allowed exception still writes one of its tables (a fixed one is removed from the list)', () => {
    const stale = allowed.filter((a) => !tableWritesOf(a.file).some((w) => a.tables.includes(w.table))).map((a) => a.file);
    expect(stale).toEqual([]);
  });

  it('the scan sees each kind of write, aliases included', () => {
    const source = [
      "import { samples as s, disposals, workItems } from '../../db/schema/index.js';",
      'await tx.update(s).set({ version: 2 });',
      'await insertRows(tx, disposals, rows);',
      'await tx.execute(sql`DELETE FROM ${workItems} WHERE id = 1`);',
      'await tx.execute(sql`UPDATE assist_requests SET status = 1`);',
      'await tx.select().from(s);',
    ].join('\n');
    expect(tableWritesOf('src/modules/x/y.ts', source).map((w) => w.table)).toEqual(['samples', 'disposals', 'workItems', 'assistRequests']);
  });
});
