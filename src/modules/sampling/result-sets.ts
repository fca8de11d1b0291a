import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { objections, resultItems, type ResultSetKind } from '../../db/schema/index.js';

type ResultItemRow = typeof resultItems.$inferSelect;

export interface ResultSet {
  kind: ResultSetKind;
  /** The set the sample's conclusion goes by: the latest (a retest's, once there is one). */
  effective: boolean;
  /** For a retest set: its application, the lab drawn for it and when it concluded. */
  objectionId: string | null;
  retestLab: string | null;
  concludedAt: Date | null;
  items: ResultItemRow[];
}

/**
 * A sample's result sets for its detail: the initial set (the first lab's results) first, then
 * each retest set in the order it concluded. The caller has checked the sample is in scope.
 */
export async function resultSetsOf(db: Executor, sampleId: string): Promise<ResultSet[]> {
  const items = await db.select().from(resultItems).where(eq(resultItems.sampleId, sampleId)).orderBy(asc(resultItems.sortOrder));
  const retestIds = [...new Set(items.flatMap((i) => (i.objectionId ? [i.objectionId] : [])))];
  const applications = retestIds.length
    ? await db
        .select({ id: objections.id, labDraw: objections.labDraw, concludedAt: objections.concludedAt })
        .from(objections)
        .where(inArray(objections.id, retestIds))
    : [];
  const sets: ResultSet[] = [];
  const initial = items.filter((i) => i.resultSet === 'initial');
  if (initial.length) sets.push({ kind: 'initial', effective: initial[0].effective, objectionId: null, retestLab: null, concludedAt: null, items: initial });
  const retests = applications.sort((a, b) => (a.concludedAt?.getTime() ?? 0) - (b.concludedAt?.getTime() ?? 0));
  for (const application of retests) {
    const setItems = items.filter((i) => i.objectionId === application.id);
    sets.push({
      kind: 'retest',
      effective: setItems[0].effective,
      objectionId: application.id,
      retestLab: application.labDraw?.pickedName ?? null,
      concludedAt: application.concludedAt,
      items: setItems,
    });
  }
  return sets;
}
