import { and, eq, gte, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { noticeRecipients, notices, orgUnits } from '../../db/schema/index.js';
import { noticeKinds, receiptState, type NoticeKind, type ReceiptState } from '../../domain/notices/notice-rules.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { noticeReadable } from './notice-scope.js';

interface Receipt {
  kind: NoticeKind;
  unitId: string;
  regionCode: string | null;
  read: boolean;
  state: ReceiptState;
}

/**
 * Receipts of sent notices the user reads, each with its state from `receiptState` (the rule the
 * notice's own page shows), so figures elsewhere (province view, briefing pack) count as the
 * notices module does. `narrow` only pre-filters rows in SQL; the state is decided here.
 */
async function receipts(db: Executor, user: SessionUser, narrow: SQL | undefined, now: Date): Promise<Receipt[]> {
  const today = toLocalDate(now);
  const rows = await db
    .select({
      kind: notices.kind,
      replyDueOn: notices.replyDueOn,
      unitId: noticeRecipients.unitId,
      regionCode: orgUnits.regionCode,
      readAt: noticeRecipients.readAt,
      repliedAt: noticeRecipients.repliedAt,
    })
    .from(noticeRecipients)
    .innerJoin(notices, eq(notices.id, noticeRecipients.noticeId))
    .innerJoin(orgUnits, eq(orgUnits.id, noticeRecipients.unitId))
    .where(and(noticeReadable(user), eq(notices.status, 'sent'), narrow));
  return rows.map((r) => ({
    kind: r.kind as NoticeKind,
    unitId: r.unitId,
    regionCode: r.regionCode,
    read: r.readAt !== null,
    state: receiptState(r, r.replyDueOn, today),
  }));
}

/** 未反馈通报: per recipient unit's region code, the overdue receipts (reply date passed, no reply) of notices the user reads. */
export async function overdueReceiptsByRegion(db: Executor, user: SessionUser, now = new Date()): Promise<Map<string, number>> {
  const rows = await receipts(db, user, and(isNull(noticeRecipients.repliedAt), isNotNull(notices.replyDueOn)), now);
  const counts = new Map<string, number>();
  for (const r of rows) if (r.state === 'overdue' && r.regionCode) counts.set(r.regionCode, (counts.get(r.regionCode) ?? 0) + 1);
  return counts;
}

/**
 * 收到的通报: notices the user's unit received (sent to it) between two local dates, by kind,
 * with how many it has read, replied to, and left overdue.
 */
export async function receivedNoticeFigures(db: Executor, user: SessionUser, period: { from: string; to: string }, now = new Date()) {
  const from = new Date(`${period.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${period.to}T00:00:00+08:00`).getTime() + 86_400_000);
  const rows = await receipts(db, user, and(eq(noticeRecipients.unitId, user.unit.id), gte(notices.sentAt, from), lt(notices.sentAt, to)), now);
  const byKind = (Object.keys(noticeKinds) as NoticeKind[])
    .map((kind) => ({ kind, kindName: noticeKinds[kind], received: rows.filter((r) => r.kind === kind).length }))
    .filter((k) => k.received > 0);
  return {
    received: rows.length,
    byKind,
    read: rows.filter((r) => r.read).length,
    replied: rows.filter((r) => r.state === 'replied').length,
    overdue: rows.filter((r) => r.state === 'overdue').length,
  };
}
