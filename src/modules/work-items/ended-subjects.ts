import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * When each kind of subject has ended, as a condition on the work item `w`: a work item whose
 * subject has ended must not be open ("no work item outlives its record's end", issue 9 A4).
 * The business actions close their items in their own transactions (closeSubjectWorkItems); this
 * table is the one place that states the end of every subject type, so that a test over the demo
 * data and the repair sweep (closeWorkItemsOfEndedSubjects) can check all of them at once.
 * A subject type missing here has no end.
 */
export const subjectEnded: Readonly<Record<string, SQL>> = {
  disposal: sql`EXISTS (SELECT 1 FROM disposals d WHERE d.id::text = w.subject_id AND d.status IN ('closed', 'voided'))`,
  // 协查 ends with its reply or its closing, and with its disposal.
  assistRequest: sql`EXISTS (SELECT 1 FROM assist_requests a JOIN disposals d ON d.id = a.disposal_id
    WHERE a.id::text = w.subject_id AND (a.status <> 'requested' OR d.status IN ('closed', 'voided')))`,
  urgentReport: sql`EXISTS (SELECT 1 FROM urgent_reports r WHERE r.id::text = w.subject_id AND r.status = 'closed')`,
  // A recipient's acknowledgement item: subject id "<report id>/<unit id>".
  urgentReportRecipient: sql`EXISTS (SELECT 1 FROM urgent_reports r WHERE r.id::text = split_part(w.subject_id, '/', 1) AND r.status = 'closed')`,
  objection: sql`EXISTS (SELECT 1 FROM objections o WHERE o.id::text = w.subject_id AND o.status IN ('rejected', 'concluded'))`,
  escalation: sql`EXISTS (SELECT 1 FROM escalations e WHERE e.id::text = w.subject_id AND e.status IN ('closed', 'withdrawn'))`,
  // A flight inspection ends when recorded, and with the escalation that asked for it.
  inspection: sql`EXISTS (SELECT 1 FROM inspections i LEFT JOIN escalations e ON e.id = i.escalation_id
    WHERE i.id::text = w.subject_id AND (i.status = 'done' OR e.status IN ('closed', 'withdrawn')))`,
  case: sql`EXISTS (SELECT 1 FROM cases c WHERE c.id::text = w.subject_id AND c.stage = 'closed')`,
  // Rectification after a reconciliation: moot once the disposal it concerns is voided.
  reconciliationCheck: sql`EXISTS (SELECT 1 FROM reconciliation_checks k JOIN disposals d ON d.id = k.disposal_id
    WHERE k.id::text = w.subject_id AND d.status = 'voided')`,
  // A unit's 321 period (subject id "<unit id>:<period start>") ends when its meeting is recorded.
  riskMeetingPeriod: sql`EXISTS (SELECT 1 FROM risk_meetings m WHERE m.unit_id::text = split_part(w.subject_id, ':', 1) AND m.period_start::text = split_part(w.subject_id, ':', 2))`,
  samplingSuggestion: sql`EXISTS (SELECT 1 FROM sampling_suggestions s WHERE s.id::text = w.subject_id AND s.status <> 'pending')`,
  // A complaint ends when it is not accepted, closed, or merged into another.
  complaint: sql`EXISTS (SELECT 1 FROM complaints c WHERE c.id::text = w.subject_id AND c.status IN ('rejected', 'closed', 'merged'))`,
  // A notice's approval item ends once it is approved or withdrawn.
  notice: sql`EXISTS (SELECT 1 FROM notices n WHERE n.id::text = w.subject_id AND n.status <> 'pending_approval')`,
  // A recipient's items: subject id "<notice id>/<unit id>"; they end with a withdrawal.
  noticeRecipient: sql`EXISTS (SELECT 1 FROM notices n WHERE n.id::text = split_part(w.subject_id, '/', 1) AND n.status = 'withdrawn')`,
  // A listing's approval item ends once the listing is decided.
  dishonestEntry: sql`EXISTS (SELECT 1 FROM dishonest_entries e WHERE e.id::text = w.subject_id AND e.status <> 'proposed')`,
  // 信用处's approval of a batch 抽检监测处 prepared ends once it is sent or returned.
  creditExportBatch: sql`EXISTS (SELECT 1 FROM credit_export_batches b WHERE b.id::text = w.subject_id AND b.status <> 'prepared')`,
  // A division's 会审 item (subject id "<publication id>/<side>") ends when the review round does.
  publicationReview: sql`EXISTS (SELECT 1 FROM publications p WHERE p.id::text = split_part(w.subject_id, '/', 1) AND p.status <> 'review')`,
  // An assessment finding's rectification and acceptance end once the rectification is accepted.
  assessmentFinding: sql`EXISTS (SELECT 1 FROM assessment_findings f WHERE f.id::text = w.subject_id AND f.status = 'accepted')`,
};

/**
 * Subject types whose work items do not end with a state of the record, and why: each item is
 * completed by its own action. A subject type that is in neither table fails a test.
 */
export const SUBJECTS_WITHOUT_END: Readonly<Record<string, string>> = {
  sample: 'a sample does not end; its review-flag items end when the missing field is recorded',
  publication: 'the opinion watch after a publication runs its days even if the publication is withdrawn; it ends when the watch is recorded',
  riskMeeting: 'a meeting does not end; each follow-up item ends when it is done (a notice follow-up by sending the notice)',
};

/** The condition "this work item's subject has ended", over every subject type above. */
export function workItemSubjectEnded(): SQL {
  const cases = Object.entries(subjectEnded).map(([type, ended]) => sql`(w.subject_type = ${type} AND ${ended})`);
  return sql.join(cases, sql` OR `);
}

export interface OrphanWorkItem {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
}

/** Open work items whose subject has ended (none, when every action closes its items). */
export async function openItemsOfEndedSubjects(db: Executor, limit = 1000): Promise<OrphanWorkItem[]> {
  const result = (await db.execute(sql`
    SELECT w.id, w.kind, w.subject_type, w.subject_id, w.title FROM work_items w
    WHERE w.status = 'open' AND (${workItemSubjectEnded()})
    ORDER BY w.created_at, w.id
    LIMIT ${limit}`)) as unknown as { rows: { id: string; kind: string; subject_type: string; subject_id: string; title: string }[] };
  return result.rows.map((r) => ({ id: r.id, kind: r.kind, subjectType: r.subject_type, subjectId: r.subject_id, title: r.title }));
}
