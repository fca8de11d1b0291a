import { asc, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { findChainBreak, GENESIS_HASH, type ChainBreak } from '../../domain/audit-chain.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBreak: ChainBreak | null;
}

const PAGE = 5000;

/** Walks the whole chain in pages (constant memory) and stops at the first broken link. */
export async function verifyAuditChain(db: Executor, onProgress?: (checked: number) => void): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, lastSeq)).orderBy(asc(auditLog.seq)).limit(PAGE);
    if (rows.length === 0) return { ok: true, checked, firstBreak: null };
    const firstBreak = findChainBreak(rows, prevHash);
    if (firstBreak) return { ok: false, checked: checked + rows.findIndex((r) => r.seq === firstBreak.seq), firstBreak };
    checked += rows.length;
    prevHash = rows[rows.length - 1].hash;
    lastSeq = rows[rows.length - 1].seq;
    onProgress?.(checked);
  }
}
