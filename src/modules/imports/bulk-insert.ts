/**
 * Multi-row INSERTs for import batches as one parameter per column: `INSERT … SELECT * FROM
 * unnest($1::uuid[], $2::text[], …)`. Drizzle's insert().values() binds one parameter per cell
 * and spends most of an import's CPU building that statement (see docs/performance.md); this
 * sends the same rows, still fully parameterised, with a statement of a few hundred bytes.
 * Column names and types come from the Drizzle table, so a new column needs no change here.
 */
import { getTableColumns, getTableName, param, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { executeNamed } from '../../db/named-statement.js';

type Row = Record<string, unknown>;

function cellValue(value: unknown, sqlType: string): unknown {
  if (value === undefined || value === null) return null;
  if (sqlType === 'jsonb' || sqlType === 'json') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** serial and bigserial are column shorthands, not types: their arrays are integer[] and bigint[]. */
function arrayElementType(sqlType: string): string {
  if (sqlType === 'bigserial') return 'bigint';
  if (sqlType === 'serial') return 'integer';
  if (sqlType === 'smallserial') return 'smallint';
  return sqlType;
}

/**
 * INSERT of `rows` (objects keyed by the table's property names, all of the first row's keys)
 * with an optional ON CONFLICT … DO UPDATE of every other column and a RETURNING list. `keep`
 * columns are never overwritten; `fill` columns only when the new value is not null (a value
 * entered by hand survives a file that lacks it).
 */
export async function insertRows<R>(
  tx: Tx,
  table: PgTable,
  rows: Row[],
  options: { conflictTarget?: string; keep?: string[]; fill?: string[]; returning?: SQL } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  const keys = Object.keys(rows[0]);
  const specs = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`insertRows: ${key} is not a column`);
    return { key, name: column.name, type: arrayElementType(column.getSQLType()) };
  });
  const names = sql.raw(specs.map((s) => `"${s.name}"`).join(', '));
  const arrays = sql.join(
    specs.map((s) => sql`${param(rows.map((row) => cellValue(row[s.key], s.type)))}::${sql.raw(s.type)}[]`),
    sql`, `,
  );
  const parts: SQL[] = [sql`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`];
  if (options.conflictTarget) {
    const keep = new Set([options.conflictTarget, ...(options.keep ?? [])]);
    const fill = new Set(options.fill ?? []);
    const tableName = getTableName(table);
    const set = specs
      .filter((s) => !keep.has(s.name))
      .map((s) => (fill.has(s.name) ? `"${s.name}" = coalesce(excluded."${s.name}", "${tableName}"."${s.name}")` : `"${s.name}" = excluded."${s.name}"`));
    parts.push(sql.raw(` ON CONFLICT ("${options.conflictTarget}") DO UPDATE SET ${set.join(', ')}`));
  }
  if (options.returning) parts.push(sql` RETURNING ${options.returning}`);
  // A fixed text per table, columns and options: parsed once per connection (named-statement.ts).
  return (await executeNamed<R>(tx, sql.join(parts))).rows;
}
