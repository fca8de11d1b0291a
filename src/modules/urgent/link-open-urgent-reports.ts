import { and, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { urgentReports } from '../../db/schema/index.js';
import type { Link } from '../../domain/sampling/sample-rules.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** A sample's link, determined after import, reaches its open 24-hour reports (their division recipient follows the link). */
export async function linkOpenUrgentReports(tx: Tx, actor: Actor, sampleId: string, link: Link) {
  const reports = await tx
    .update(urgentReports)
    .set({ link })
    .where(and(eq(urgentReports.sampleId, sampleId), notInArray(urgentReports.status, ['closed'])))
    .returning({ id: urgentReports.id, link: urgentReports.link });
  await recordAudit(tx, actor, ...reports.map((r) => ({ action: 'urgentReport.link' as const, entityType: 'urgentReport', entityId: r.id, after: r })));
}
