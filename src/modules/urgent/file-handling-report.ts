import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { urgentRecord } from './urgent-workflow.js';

export interface HandlingInput {
  version: number;
  /** What the bureau found and did. */
  report: string;
  /** The measures taken (封存、下架、召回 …). */
  measures: string[];
}

/**
 * The owner bureau (or a unit above it) files the handling report (处置情况): open → handled,
 * and its 报送 work item is done. 抽检监测处 then closes or returns it.
 */
export async function fileHandlingReport(db: Db, user: SessionUser, id: string, input: HandlingInput, ip: string | null, now = new Date()) {
  const report = input.report.trim();
  const measures = input.measures.map((m) => m.trim()).filter(Boolean);
  if (report.length < 10) throw new DomainError('VALIDATION_FAILED', { report: '处置情况至少填写10个字' });
  return db.transaction(async (tx) => {
    const { row: before, update } = await loadForAction(tx, user, urgentRecord, id, 'fileHandling', input.version);
    const after = await update({ status: 'handled', handlingReport: report, handledAt: now });
    const actor = actorOf(user, ip);
    // The measures live in the audit row (the report row has no column for them); the detail reads them back.
    await recordAudit(tx, actor, {
      action: 'urgentReport.fileHandling',
      entityType: 'urgentReport',
      entityId: id,
      before: { status: before.status, handlingReport: before.handlingReport },
      after: { status: after.status, handlingReport: report, measures, handledAt: now },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'urgentReport', subjectId: id, kind: 'urgent_handle' }, 'done');
    return after;
  });
}
