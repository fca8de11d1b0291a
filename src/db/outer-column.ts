import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * A column of the outer query, table-qualified, for a correlated subquery written in `sql`.
 *
 * Drizzle renders the columns inside a select list's `sql` bare ("id") when the query reads one
 * table, so `(SELECT … FROM result_items ri WHERE ri.sample_id = ${samples.id})` becomes
 * `ri.sample_id = "id"`, which PostgreSQL binds to the subquery's own `ri.id`: the subquery
 * silently finds nothing. Writing `${outer(samples.id)}` always names the table.
 */
export function outer(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
