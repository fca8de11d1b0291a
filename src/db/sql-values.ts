import { sql, type SQL } from 'drizzle-orm';

/** An instant as a SQL parameter that both PGlite and node-postgres bind the same way. */
export function at(instant: Date): SQL {
  return sql`${instant.toISOString()}::timestamptz`;
}
