import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import { openDatabase, type Database } from '../../src/db/client.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: false });
});
afterAll(() => database.dispose());

describe(`migrations on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('create every table', async () => {
    const result = (await database.db.execute(
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    expect(result.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['audit_log', 'org_units', 'sessions', 'user_roles', 'users', 'work_items', 'samples', 'result_items', 'enterprises']),
    );
  });

  it('run again without effect (every start migrates)', async () => {
    if (!process.env.DATABASE_URL) {
      // PGlite in memory is one instance: re-run the migrator on it through the factory's path.
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(database.db as never, { migrationsFolder: 'src/db/migrations' });
    } else {
      const url = new URL(process.env.DATABASE_URL);
      const current = (await database.db.execute(sql`SELECT current_database() AS name`)) as unknown as { rows: { name: string }[] };
      url.pathname = `/${current.rows[0].name}`;
      const again: Database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      await again.close();
    }
    const applied = (await database.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`)) as unknown as {
      rows: { n: number }[];
    };
    const journal = JSON.parse(readFileSync('src/db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    expect(applied.rows[0].n).toBe(journal.entries.length);
  });

  it('outside demo mode seed the organisation but no accounts', async () => {
    const counts = (await database.db.execute(
      sql`SELECT (SELECT count(*) FROM org_units)::int AS units, (SELECT count(*) FROM users)::int AS users`,
    )) as unknown as { rows: { units: number; users: number }[] };
    expect(counts.rows[0]).toEqual({ units: 223, users: 0 });
  });
});
