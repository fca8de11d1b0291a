/**
 * Bulk writes for generated data, on the raw driver under Drizzle: COPY (pg-copy-streams on
 * PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite) or multi-row INSERTs of literal values.
 * Tables keep their constraints and indexes; each batch is one transaction.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../../db/client.js';

export type Cell = string | number | boolean | null;
export type BulkMethod = 'copy' | 'insert';

export interface BulkTx {
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** Appends rows (cells in `columns` order) to a table. */
  write(table: string, columns: readonly string[], rows: Cell[][]): Promise<void>;
}

export interface BulkConnection {
  kind: 'postgres' | 'pglite';
  method: BulkMethod;
  transaction<T>(fn: (tx: BulkTx) => Promise<T>): Promise<T>;
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function copyCell(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') return String(cell);
  return /[\\\t\n\r]/.test(cell) ? cell.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : cell;
}

export function copyText(rows: Cell[][], from = 0, to = rows.length): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const row = rows[i];
    for (let c = 0; c < row.length; c++) out += (c === 0 ? '' : '\t') + copyCell(row[c]);
    out += '\n';
  }
  return out;
}

/** A SQL literal (standard_conforming_strings is on in both databases): only generated data goes through here. */
function literal(cell: Cell): string {
  if (cell === null) return 'NULL';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  if (cell.includes('\0')) throw new Error('NUL in generated text');
  return `'${cell.replaceAll("'", "''")}'`;
}

const INSERT_ROWS = 1000;
const COPY_CHUNK_ROWS = 2000;

function* insertStatements(table: string, columns: readonly string[], rows: Cell[][]): Generator<string> {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const values = rows.slice(i, i + INSERT_ROWS).map((row) => `(${row.map(literal).join(',')})`);
    yield head + values.join(',');
  }
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source}`;
}

type RawClient = { kind: 'postgres'; pool: pg.Pool } | { kind: 'pglite'; pglite: PGlite };

/** The driver under a Drizzle database (drizzle keeps it as `$client`). */
export function rawClient(db: Db): RawClient {
  const client = (db as unknown as { $client?: unknown }).$client as Record<string, unknown> | undefined;
  if (client && typeof client.connect === 'function' && 'totalCount' in client) return { kind: 'postgres', pool: client as unknown as pg.Pool };
  if (client && typeof client.exec === 'function' && typeof client.transaction === 'function') return { kind: 'pglite', pglite: client as unknown as PGlite };
  throw new Error('bulk writes need the database opened by openDatabase() (PGlite or a pg Pool)');
}

export function openBulk(db: Db, method: BulkMethod = 'copy'): BulkConnection {
  const raw = rawClient(db);
  if (raw.kind === 'postgres') {
    return {
      kind: 'postgres',
      method,
      async transaction(fn) {
        const client = await raw.pool.connect();
        try {
          await client.query('BEGIN');
          const tx: BulkTx = {
            query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
            async write(table, columns, rows) {
              if (rows.length === 0) return;
              if (method === 'insert') {
                for (const statement of insertStatements(table, columns, rows)) await client.query(statement);
                return;
              }
              const chunks = function* () {
                for (let i = 0; i < rows.length; i += COPY_CHUNK_ROWS) yield copyText(rows, i, Math.min(rows.length, i + COPY_CHUNK_ROWS));
              };
              await pipeline(Readable.from(chunks()), client.query(copyFrom(copyStatement(table, columns, 'STDIN'))));
            },
          };
          const result = await fn(tx);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
    };
  }
  return {
    kind: 'pglite',
    method,
    transaction(fn) {
      return raw.pglite.transaction(async (t: Transaction) => {
        const tx: BulkTx = {
          query: async <R>(text: string, params?: unknown[]) => (await t.query<R>(text, params)).rows,
          async write(table, columns, rows) {
            if (rows.length === 0) return;
            if (method === 'insert') {
              for (const statement of insertStatements(table, columns, rows)) await t.exec(statement);
              return;
            }
            await t.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([copyText(rows)]) });
          },
        };
        return fn(tx);
      });
    },
  };
}
