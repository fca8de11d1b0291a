import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH } from '../../domain/audit-chain.js';
import type { Actor } from '../access/actor.js';
import type { AuditAction } from '../../domain/audit-actions.js';
import { insertRows } from '../imports/bulk-insert.js';
import { executeNamed } from '../../db/named-statement.js';

const AUDIT_ROWS_PER_INSERT = 5000;

/** Serialises appends so that each row chains to the one committed just before it. */
const AUDIT_CHAIN_LOCK = 7_263_002;

/**
 * Sequence numbers drawn beyond a call's need, for the transaction's next audited change. The
 * per-result hook audits three times in one transaction (disposal, work items, escalation); each
 * reservation was a round trip (issue 16 §2). Unused ones leave gaps, which the chain allows
 * (a rolled-back transaction leaves them too).
 */
const SPARE_SEQS = 8;

/**
 * Where a transaction's chain stands once it holds the lock: its own last hash is the head until
 * it ends (nobody else can append), and its spare numbers were drawn under the lock, so they are
 * above every committed row and below every later transaction's. Keyed by the transaction
 * object, so it ends with it. The application opens no savepoints that write audit rows (a
 * rolled-back savepoint would leave the cursor on a row that is gone).
 */
interface ChainCursor {
  lastHash: string;
  spare: number[];
}
const cursors = new WeakMap<Tx, ChainCursor>();

export interface AuditEntry {
  /** Typed: an action without a Chinese name in auditActionNames does not compile. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON round trip: Dates become ISO strings, undefined disappears — exactly what jsonb stores. */
function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends audit rows inside the caller's transaction, so the change and its audit row commit
 * or roll back together. The advisory lock is held until that transaction ends.
 */
export async function recordAudit(tx: Tx, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const { prevHash: headHash, seqs } = await reserveLinks(tx, entries.length);
  let prevHash = headHash;
  const at = new Date();
  const rows = [];
  for (const [i, entry] of entries.entries()) {
    const seq = seqs[i];
    const record = {
      seq,
      at,
      actorUserId: actor.userId,
      actorUsername: actor.username,
      actorUnitId: actor.unitId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: actor.ip,
    };
    const hash = chainHash(prevHash, record);
    rows.push({ ...record, prevHash, hash });
    prevHash = hash;
  }
  cursors.get(tx)!.lastHash = prevHash;
  // One array parameter per column (imports/bulk-insert.ts): an import batch's thousands of rows
  // in one short statement, where Drizzle's values() bound 13 parameters a row and spent the
  // import's CPU building the statement (issue 16 §3). Chunks bound the arrays' memory.
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_INSERT) await insertRows(tx, auditLog, rows.slice(i, i + AUDIT_ROWS_PER_INSERT));
}

/** The chain's head for this transaction and `n` sequence numbers in chain order. */
async function reserveLinks(tx: Tx, n: number): Promise<{ prevHash: string; seqs: number[] }> {
  const cursor = cursors.get(tx);
  if (cursor && cursor.spare.length >= n) return { prevHash: cursor.lastHash, seqs: cursor.spare.splice(0, n) };
  // Lock, head and sequence numbers in one round trip (migration 0013): audited changes run on
  // every result, and statements are their cost. The numbers are taken under the lock, so they
  // follow chain order. Once held, the lock stays to the transaction's end: a second reservation
  // reads this transaction's own last row as the head.
  const reserved = (await executeNamed(tx, sql`SELECT head_hash, seqs FROM audit_chain_reserve(${AUDIT_CHAIN_LOCK}, ${n + SPARE_SEQS}::int)`)) as unknown as {
    rows: { head_hash: string | null; seqs: (string | number)[] | string }[];
  };
  const { head_hash: headHash, seqs: rawSeqs } = reserved.rows[0];
  // node-postgres parses bigint[] into strings; a driver that leaves the array literal is read too.
  const seqList = typeof rawSeqs === 'string' ? rawSeqs.replace(/[{}]/g, '').split(',') : rawSeqs;
  const seqs = seqList.map(Number).sort((a, b) => a - b);
  const prevHash = headHash ?? GENESIS_HASH;
  cursors.set(tx, { lastHash: prevHash, spare: seqs.slice(n) });
  return { prevHash, seqs: seqs.slice(0, n) };
}
