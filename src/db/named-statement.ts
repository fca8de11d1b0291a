import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

/** Builds the statement text exactly as `db.execute` would (the schema sets no column casing). */
const dialect = new PgDialect();

/**
 * The name of a statement: its text's hash, so one text always has one name and two texts never
 * share one (node-postgres refuses a name reused with another text).
 */
export function statementName(text: string): string {
  return `jjld_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

/**
 * Runs a statement as a named prepared statement: on PostgreSQL each pooled connection parses it
 * once, and after a few runs may keep a generic plan, instead of parsing and planning it on every
 * call. Measured on the per-result hook's large CTE statements at 10^6 samples, planning alone
 * was 1.0–1.3 ms against 0.1–0.5 ms of execution (docs/performance.md, "Named statements").
 *
 * Only for statements whose text has a fixed shape, or a few shapes (values travel as parameters,
 * arrays as one array parameter): every distinct text stays prepared on each connection for the
 * connection's life. PGlite ignores the name and runs the statement as `execute` would.
 * Returns what `db.execute` returns: the driver's result, whose `rows` are the raw rows.
 */
export async function executeNamed<R>(db: Executor, query: SQL): Promise<{ rows: R[] }> {
  const built = dialect.sqlToQuery(query);
  const prepared = db._.session.prepareQuery(built, undefined, statementName(built.sql), false);
  return (await prepared.execute()) as unknown as { rows: R[] };
}
