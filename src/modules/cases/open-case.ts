import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';

/** The case opened from a disposal that is not closed yet, if any: a disposal has at most one open case. */
export async function openCaseOfDisposal(db: Executor, disposalId: string): Promise<{ id: string } | undefined> {
  const [open] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.disposalId, disposalId), ne(cases.stage, 'closed'))).limit(1);
  return open;
}
