import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { noticeApprovalSettings } from '../../db/schema/index.js';
import { noticeKindCodes, noticeKinds, type NoticeKind } from '../../domain/notices/notice-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** The own unit's approval setting for every kind (off where never set). */
export async function approvalSettings(db: Executor, unitId: string) {
  const rows = await db.select().from(noticeApprovalSettings).where(eq(noticeApprovalSettings.unitId, unitId));
  return { items: noticeKindCodes.map((kind) => ({ kind, kindName: noticeKinds[kind], required: rows.find((r) => r.kind === kind)?.required ?? false })) };
}

/** The unit's head turns approval on or off for a kind of the unit's own notices. */
export async function setApprovalRequired(db: Db, user: SessionUser, kind: NoticeKind, required: boolean, ip: string | null) {
  await db.transaction(async (tx) => {
    await tx
      .insert(noticeApprovalSettings)
      .values({ unitId: user.unit.id, kind, required, updatedAt: new Date() })
      .onConflictDoUpdate({ target: [noticeApprovalSettings.unitId, noticeApprovalSettings.kind], set: { required, updatedAt: new Date() } });
    await recordAudit(tx, actorOf(user, ip), { action: 'notice.approvalSetting', entityType: 'notice', entityId: user.unit.id, after: { unitId: user.unit.id, kind, required } });
  });
  return approvalSettings(db, user.unit.id);
}
