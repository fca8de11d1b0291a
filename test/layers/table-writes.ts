import { getTableName, isTable } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/db/schema/index.js';
import { importsOf, readSource } from './source-files.js';

/** Every table of the schema by its export name. */
export const schemaTables = new Map<string, PgTable>(
  (Object.entries(schema) as [string, unknown][]).filter((entry): entry is [string, PgTable] => isTable(entry[1])),
);

export interface TableWrite {
  table: string;
  line: number;
  text: string;
}

const sqlNames = new Map([...schemaTables].map(([name, table]) => [getTableName(table), name]));

/**
 * The schema tables a source file inserts into, updates or deletes from: Drizzle's
 * `.insert(t)`/`.update(t)`/`.delete(t)`, the bulk writers `insertRows(tx, t, …)` and
 * `write('t', …)`, and raw SQL
 * (`INSERT INTO samples`, `UPDATE ${samples}`). Tables are recognised through the file's imports
 * from src/db/schema, aliases included.
 */
export function tableWritesOf(file: string, source = readSource(file)): TableWrite[] {
  const locals = new Map<string, string>();
  for (const statement of importsOf(file, source)) {
    if (!statement.target?.startsWith('src/db/schema')) continue;
    for (const [local, imported] of statement.names) if (schemaTables.has(imported)) locals.set(local, imported);
  }
  const writes: TableWrite[] = [];
  const lines = source.split('\n');
  const add = (table: string | undefined, index: number) => {
    if (!table) return;
    const line = source.slice(0, index).split('\n').length;
    writes.push({ table, line, text: lines[line - 1].trim() });
  };
  for (const m of source.matchAll(/\.(?:insert|update|delete)\(\s*([A-Za-z_$][\w$]*)\s*\)/g)) add(locals.get(m[1]), m.index);
  for (const m of source.matchAll(/\binsertRows(?:<[^>]*>)?\(\s*[\w$.]+\s*,\s*([A-Za-z_$][\w$]*)/g)) add(locals.get(m[1]), m.index);
  // The synthetic generator's bulk writer names the table in SQL: `tx.write('samples', columns, rows)`.
  for (const m of source.matchAll(/\.write\(\s*'([a-z_]+)'/g)) add(sqlNames.get(m[1]), m.index);
  for (const m of source.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:\$\{\s*([A-Za-z_$][\w$]*)\s*\}|"?([a-z_]+)"?)/g)) {
    add(m[1] ? locals.get(m[1]) : sqlNames.get(m[2]), m.index);
  }
  return writes;
}
