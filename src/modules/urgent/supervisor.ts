import type { SessionUser } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';

/** 抽检监测处 supervises (督办) every 24-hour report until it is closed. */
export const supervisesUrgentReports = (user: SessionUser) => user.unit.id === unitIdForSlug('sampling');

/** The guard of close and return: only 抽检监测处. */
export const supervisorRefusal = (user: SessionUser) => () => (supervisesUrgentReports(user) ? null : ('URGENT_SUPERVISOR_ONLY' as const));
