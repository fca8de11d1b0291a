import { and, eq, inArray, notInArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';

export interface WorkItemSubjects {
  subjectType: string;
  subjectIds: readonly string[];
}

/**
 * Moves the due time of the subjects' open work items to `dueAt`, when their record's deadline
 * moves (an extension, a corrected legal trigger), in the transaction of that change. `kinds` /
 * `exceptKinds` narrow it by kind; `whereDueAt` to the items that ran with the old deadline.
 * No audit row of its own: the record's change is audited with the new deadline.
 */
export async function rescheduleOpenWorkItems(
  tx: Executor,
  subjects: readonly WorkItemSubjects[],
  dueAt: Date,
  filter: { kinds?: readonly string[]; exceptKinds?: readonly string[]; whereDueAt?: Date } = {},
) {
  const bySubject = subjects
    .filter((s) => s.subjectIds.length > 0)
    .map((s) => and(eq(workItems.subjectType, s.subjectType), inArray(workItems.subjectId, [...s.subjectIds])));
  if (bySubject.length === 0) return;
  await tx
    .update(workItems)
    .set({ dueAt })
    .where(
      and(
        or(...bySubject),
        eq(workItems.status, 'open'),
        filter.kinds ? inArray(workItems.kind, [...filter.kinds]) : undefined,
        filter.exceptKinds ? notInArray(workItems.kind, [...filter.exceptKinds]) : undefined,
        filter.whereDueAt ? eq(workItems.dueAt, filter.whereDueAt) : undefined,
      ),
    );
}
