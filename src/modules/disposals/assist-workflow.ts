import type { Executor } from '../../db/client.js';
import type { assistRequests } from '../../db/schema/index.js';
import { reaches } from '../../domain/jurisdiction.js';
import { assistWorkflow, type AssistAction, type AssistSide } from '../../domain/workflow/assist-request.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import type { SessionUser } from '../access/actor.js';
import { unitFact } from '../access/unit-facts.js';

type AssistRow = typeof assistRequests.$inferSelect;

/**
 * The user's sides towards a 协查 request, by the same rule as the guard (loadAssist): the bureau
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
  return allowedActions(assistWorkflow, {
    state: a.status,
    sides: await assistSides(db, user, a),
    roles: user.roles,
    facts: { outsideProvince: !a.toUnitId, disposalVoided: disposalStatus === 'voided' },
  });
}
