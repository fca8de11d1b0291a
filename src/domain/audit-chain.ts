import { createHash } from 'node:crypto';

/** The first row's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorUnitId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/**
 * JSON with object keys sorted at every level, so that a value read back from jsonb (which
 * reorders keys) hashes the same as the value that was written.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash(n) = SM3(hash(n-1) ‖ canonical(row n)); the sequence number is part of the row. */
export function chainHash(prevHash: string, record: AuditRecord): string {
  const body = canonicalJson({
    seq: record.seq,
    at: record.at.toISOString(),
    actorUserId: record.actorUserId,
    actorUsername: record.actorUsername,
    actorUnitId: record.actorUnitId,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    ip: record.ip,
  });
  return createHash('sm3').update(prevHash).update(body).digest('hex');
}

export type ChainBreak = { seq: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/**
 * Walks rows in sequence order and returns the first broken link, or null. Gaps in `seq` are
 * normal (a rolled-back transaction consumes numbers), so links are judged by hashes alone:
 * a removed row shows as its successor's prev_hash mismatch. Removing the newest rows cannot
 * be seen from the chain itself (docs/security.md: export the head hash).
 */
export function findChainBreak(
  rows: Iterable<AuditRecord & { prevHash: string; hash: string }>,
  startPrevHash: string = GENESIS_HASH,
): ChainBreak | null {
  let prev = startPrevHash;
  for (const row of rows) {
    if (row.prevHash !== prev) return { seq: row.seq, reason: 'prev_hash_mismatch' };
    if (chainHash(row.prevHash, row) !== row.hash) return { seq: row.seq, reason: 'hash_mismatch' };
    prev = row.hash;
  }
  return null;
}
