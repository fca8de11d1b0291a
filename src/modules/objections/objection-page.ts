import { and, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals } from '../../db/schema/index.js';

/**
 * The page where an objection or retest is worked, for its work items' links: the disposal of
 * its sample (the 异议/复检 card sits there), or the sample itself when no disposal exists. The
 * web app has no page of its own for an application.
 */
export async function objectionPage(db: Executor, sampleId: string): Promise<string> {
  const [disposal] = await db
    .select({ id: disposals.id })
    .from(disposals)
    .where(and(eq(disposals.sampleId, sampleId), ne(disposals.status, 'voided')))
    .orderBy(desc(disposals.createdAt))
    .limit(1);
  return disposal ? `/disposals/${disposal.id}` : `/samples/${sampleId}`;
}
