import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assistRequests, disposals } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import { assistWorkflow, type AssistAction, type AssistFacts, type AssistSide } from '../../domain/workflow/assist-request.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import type { SessionUser } from '../access/actor.js';
import { unitFact } from '../access/unit-facts.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';

type AssistRow = typeof assistRequests.$inferSelect;

/**
 * The user's sides towards a 协查 request, by the same rule as the guard (assistRecord): the bureau
 * asked is its line; outside Sichuan the requesting bureau stands in for it.
 */
export async function assistSides(db: Executor, user: SessionUser, a: Pick<AssistRow, 'toUnitId' | 'fromUnitId'>): Promise<AssistSide[]> {
  const sides: AssistSide[] = [];
  const requester = reaches(user, 'assistRequest', 'close', { units: { asker: await unitFact(db, a.fromUnitId) } });
  if (reaches(user, 'assistRequest', 'answer', { units: { addressed: await unitFact(db, a.toUnitId ?? a.fromUnitId) } })) sides.push('asked');
  if (requester) sides.push('requester');
  return sides;
}

/** What the user may do on one 协查 request of a disposal: the web shows exactly these links. */
export async function assistActions(db: Executor, user: SessionUser, a: AssistRow, disposalStatus: string): Promise<AssistAction[]> {
  return allowedActions(assistWorkflow, { state: a.status, sides: await assistSides(db, user, a), roles: user.roles, facts: assistFacts(a, disposalStatus) });
}

const assistFacts = (a: Pick<AssistRow, 'toUnitId'>, disposalStatus: string): AssistFacts => ({ outsideProvince: !a.toUnitId, disposalVoided: disposalStatus === 'voided' });

/** A 协查 request read for a change, with its disposal's status (a voided disposal ends its 协查). */
export interface AssistWithDisposal {
  assist: AssistRow;
  disposalStatus: string;
}

/**
 * The 协查 request's workflow on the server: changes load it locked when the user is on one of its
 * sides (the bureau asked or the requester; anyone else gets 404), the table decides the rest.
 */
export const assistRecord: RecordWorkflow<AssistWithDisposal, AssistAction, AssistSide, AssistFacts, Partial<typeof assistRequests.$inferInsert>, AssistRow> = {
  entity: 'assistRequest',
  table: assistWorkflow,
  loadForUpdate: async (tx, user, id) => {
    const [row] = await tx
      .select({ assist: assistRequests, disposalStatus: disposals.status })
      .from(assistRequests)
      .innerJoin(disposals, eq(disposals.id, assistRequests.disposalId))
      .where(eq(assistRequests.id, id))
      .limit(1)
      .for('update', { of: assistRequests });
    return row && (await assistSides(tx, user, row.assist)).length > 0 ? row : undefined;
  },
  standing: async (db, user, row) => ({ state: row.assist.status, sides: await assistSides(db, user, row.assist), facts: assistFacts(row.assist, row.disposalStatus) }),
  version: (row) => row.assist.version,
  update: async (tx, row, changes) => {
    const a = row.assist;
    const [after] = await tx
      .update(assistRequests)
      .set({ ...changes, version: a.version + 1 })
      .where(and(eq(assistRequests.id, a.id), eq(assistRequests.version, a.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: a.version });
    return after;
  },
};
