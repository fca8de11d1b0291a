import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assistRequests, attachments, auditLog, disposalSteps, disposals, orgUnits, resultItems, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { disposalStatusNames, monitoringStepNames, stepNames, type DisposalStatus } from '../../domain/disposal.js';
import type { SessionUser } from '../access/actor.js';
import { disposalReadable } from './disposal-scope.js';
import { disposalClock } from './list-disposals.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { assistActions } from './assist-workflow.js';
import { disposalRecord } from './disposal-workflow.js';
import { daysBetween } from '../../domain/deadlines/calendar.js';
import { toLocalDate } from '../../domain/time.js';
import { auditHistory } from '../audit/audit-history.js';
import { readableCasesOfDisposal } from '../cases/open-case.js';

/** Loads a disposal the user may read, or 404. */
export async function findDisposal(db: Executor, user: SessionUser, id: string) {
  const [row] = await db.select().from(disposals).where(and(eq(disposals.id, id), disposalReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'disposal', id });
  return row;
}

export async function getDisposal(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const d = await findDisposal(db, user, id);
  const [[sample], steps, assists, files, history, [owner], items] = await Promise.all([
    db.select().from(samples).where(eq(samples.id, d.sampleId)),
    db.select().from(disposalSteps).where(eq(disposalSteps.disposalId, id)),
    db.select({ assist: assistRequests, toUnitName: orgUnits.name }).from(assistRequests).leftJoin(orgUnits, eq(orgUnits.id, assistRequests.toUnitId)).where(eq(assistRequests.disposalId, id)),
    db.select().from(attachments).where(and(eq(attachments.entityType, 'disposal'), eq(attachments.entityId, id))).orderBy(asc(attachments.createdAt)),
    auditHistory(db, and(inArray(auditLog.entityType, ['disposal', 'disposalStep']), eq(auditLog.entityId, id)), 200),
    db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, d.ownerUnitId)),
    db.select().from(resultItems).where(eq(resultItems.sampleId, d.sampleId)).orderBy(asc(resultItems.sortOrder)),
  ]);
  const names: Record<string, string> = d.kind === 'monitoring' ? monitoringStepNames : stepNames;
  const order = Object.keys(names);
  return {
    ...d,
    statusName: disposalStatusNames[d.status as DisposalStatus],
    ownerUnitName: owner?.name ?? null,
    ...disposalClock(d, now),
    clockStart: clockStart(d, sample),
    sample: { ...sample, items },
    steps: steps
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .map((s) => ({
        ...s,
        name: names[s.kind],
        attachments: files.filter((f) => f.storagePath.includes(`${s.id}/`)).map(({ storagePath: _path, ...f }) => ({ ...f, href: `/api/attachments/${f.id}` })),
      })),
    assists: await assistsWithActions(db, user, assists, d.status),
    attachments: files.map(({ storagePath: _path, ...f }) => ({ ...f, href: `/api/attachments/${f.id}` })),
    history,
    // The enforcement cases opened from it that the user may read (the 行政处罚 step links them).
    cases: await readableCasesOfDisposal(db, user, id),
    // What the user may do now (src/domain/workflow/disposal.ts): the web shows exactly these buttons.
    actions: await actionsOf(db, user, disposalRecord, d),
  };
}

/** Each 协查 with what the user may do on it (src/domain/workflow/assist-request.ts). */
async function assistsWithActions(db: Executor, user: SessionUser, rows: { assist: typeof assistRequests.$inferSelect; toUnitName: string | null }[], disposalStatus: string) {
  const out = [];
  for (const a of rows) out.push({ ...a.assist, toUnitName: a.toUnitName, actions: await assistActions(db, user, a.assist, disposalStatus) });
  return out;
}

/**
 * Where the periods count from: the day the conclusion was received when it is recorded, else
 * the moment the record was created here. `lagDays` > 0 when the record came later than the
 * conclusion (shown as 导入时间晚于检验结论 N 天): the periods still run from the conclusion.
 */
export function clockStart(d: { openedAt: Date; createdAt: Date }, sample: { conclusionReceivedOn: string | null } | undefined) {
  const conclusionReceivedOn = sample?.conclusionReceivedOn ?? null;
  const recordedOn = toLocalDate(d.createdAt);
  return {
    from: conclusionReceivedOn ? ('conclusionReceived' as const) : ('recordCreated' as const),
    conclusionReceivedOn,
    recordedAt: d.createdAt,
    lagDays: conclusionReceivedOn ? Math.max(0, daysBetween(conclusionReceivedOn, recordedOn)) : 0,
  };
}
