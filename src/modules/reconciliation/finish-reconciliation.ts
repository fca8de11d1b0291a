import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposals, reconciliationChecks } from '../../db/schema/index.js';
import { computeDeadline } from '../../domain/deadlines/compute-deadline.js';
import { stepNames } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadCalendar } from '../deadlines/deadline-service.js';
import { createWorkItems, type NewWorkItem } from '../work-items/create-work-item.js';
import { checkState } from './get-reconciliation.js';
import { loadForEdit } from './reconciliation-scope.js';

export const DEFAULT_RECTIFICATION_DAYS = 30;

/** 风险控制到位 → 风险控制: the item's name in a work item title. */
const itemName = (kind: string) => stepNames[kind as keyof typeof stepNames].replace(/到位$/, '');

/**
 * Finishes a reconciliation once every drawn disposal is checked. Each disposal with an item not
 * in place becomes a rectification (整改) work item for its owner unit, due after
 * `rectificationDays` calendar days on the statutory calendar (a last day off moves to the next
 * working day), linked to the disposal and to the reconciliation.
 */
export async function finishReconciliation(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; rectificationDays?: number },
  ip: string | null,
  now = new Date(),
) {
  const days = input.rectificationDays ?? DEFAULT_RECTIFICATION_DAYS;
  return db.transaction(async (tx) => {
    const { reconciliation, bump } = await loadForEdit(tx, user, id, 'finish', input.version);
    const checks = await tx
      .select({ check: reconciliationChecks, sampleNo: disposals.sampleNo, ownerUnitId: disposals.ownerUnitId })
      .from(reconciliationChecks)
      .innerJoin(disposals, eq(disposals.id, reconciliationChecks.disposalId))
      .where(eq(reconciliationChecks.reconciliationId, id))
      .orderBy(asc(disposals.openedAt), asc(disposals.id));
    const unchecked = checks.filter((c) => c.check.checkedAt === null);
    if (unchecked.length) {
      const listed = unchecked.slice(0, 10).map((c) => c.sampleNo).join('、') + (unchecked.length > 10 ? '等' : '');
      throw new DomainError('RECONCILIATION_UNCHECKED', { checks: `尚有${unchecked.length}件未检查：${listed}` }, { unchecked: unchecked.length, total: checks.length });
    }
    const due = computeDeadline({ id: 'reconciliation.rectification', amount: days, unit: 'calendarDay' }, now, await loadCalendar(tx));
    const items: NewWorkItem[] = [];
    for (const c of checks) {
      const notInPlace = checkState(c.check).notInPlace;
      if (!notInPlace.length) continue;
      items.push({
        kind: 'rectification',
        title: `对账检查整改：${c.sampleNo}（${notInPlace.map(itemName).join('、')}）`,
        subjectType: 'reconciliationCheck',
        subjectId: c.check.id,
        ownerUnitId: c.ownerUnitId,
        dueAt: due.due,
        links: [
          { label: '核查处置', href: `/disposals/${c.check.disposalId}` },
          { label: '对账检查', href: `/reconciliations/${id}` },
        ],
      });
    }
    const after = await bump({ status: 'finished', finishedAt: now });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'reconciliation.finish',
      entityType: 'reconciliation',
      entityId: id,
      before: { status: reconciliation.status },
      after: { status: after.status, finishedAt: after.finishedAt, checks: checks.length, rectifications: items.length, rectificationDays: days, dueAt: due.due },
    });
    const created = await createWorkItems(tx, actor, items);
    return {
      ...after,
      rectifications: created.map((w) => ({ workItemId: w.id, checkId: w.subjectId, ownerUnitId: w.ownerUnitId, title: w.title, dueAt: w.dueAt })),
    };
  });
}
