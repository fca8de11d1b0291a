import type { SessionUser } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';

/** 抽检监测处 supervises (督办) every 24-hour report until it is closed. */
export const supervisesUrgentReports = (user: SessionUser) => user.unit.id === unitIdForSlug('sampling');
