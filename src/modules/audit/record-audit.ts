import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH } from '../../domain/audit-chain.js';
import type { Actor } from '../access/actor.js';

/** Serialises appends so that each row chains to the one committed just before it. */
const AUDIT_CHAIN_LOCK = 7_263_002;

export interface AuditEntry {
  action: string;
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
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = new Date();
  const rows = [];
  // One round trip for all sequence numbers; taken under the lock, so they follow chain order.
  const seqResult = (await tx.execute(
    sql`SELECT nextval(pg_get_serial_sequence('audit_log', 'seq'))::int8 AS seq FROM generate_series(1, ${entries.length}::int)`,
  )) as unknown as { rows: { seq: string | number }[] };
  const seqs = seqResult.rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
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
  // Bind-parameter limit (65535) over 13 columns: insert in chunks.
  for (let i = 0; i < rows.length; i += 2000) await tx.insert(auditLog).values(rows.slice(i, i + 2000));
}
