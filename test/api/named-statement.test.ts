/**
 * executeNamed runs a statement as `db.execute` would, under a name derived from its text: on
 * PostgreSQL the connection keeps it prepared (parsed once, its plan cacheable); on PGlite the
 * name is ignored. Same rows either way, parameters still bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { param, sql } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import type { Database } from '../../src/db/client.js';
import { executeNamed, statementName } from '../../src/db/named-statement.js';

let database: Database & { dispose(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const lookup = (codes: string[]) =>
  sql`SELECT region_code, name FROM org_units WHERE region_code = ANY(${param(codes)}::text[]) ORDER BY region_code`;

describe('named statements', () => {
  it('returns what db.execute returns, with the parameters of each call', async () => {
    const named = await executeNamed<{ region_code: string; name: string }>(database.db, lookup(['510100', '510700']));
    const plain = (await database.db.execute(lookup(['510100', '510700']))) as unknown as { rows: unknown[] };
    expect(named.rows).toEqual(plain.rows);
    expect(named.rows.map((r) => r.region_code)).toEqual(['510100', '510700']);
    // The same text again, other values: the values are bound, not baked into the statement.
    const again = await executeNamed<{ region_code: string }>(database.db, lookup(['510700']));
    expect(again.rows.map((r) => r.region_code)).toEqual(['510700']);
  });

  it('names a statement by its text: one text, one name; another text, another name', () => {
    expect(statementName('SELECT 1')).toBe(statementName('SELECT 1'));
    expect(statementName('SELECT 1')).not.toBe(statementName('SELECT 2'));
    expect(statementName('SELECT 1')).toMatch(/^jjld_[0-9a-f]{24}$/);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('keeps the statement prepared on the connection (PostgreSQL)', async () => {
    const text = sql`SELECT count(*)::int AS n FROM org_units WHERE region_code LIKE ${'51%'}`;
    await database.db.transaction(async (tx) => {
      await executeNamed(tx, text);
      await executeNamed(tx, text);
      const prepared = (await tx.execute(sql`SELECT name FROM pg_prepared_statements WHERE name LIKE 'jjld_%'`)) as unknown as { rows: { name: string }[] };
      expect(prepared.rows.map((r) => r.name)).toContain(statementName('SELECT count(*)::int AS n FROM org_units WHERE region_code LIKE $1'));
    });
  });
});
