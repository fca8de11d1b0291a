import type { SQL } from 'drizzle-orm';
import { reachesAll } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads an opinion event: `jurisdiction.opinionEvent.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function opinionReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'opinionEvent', 'see');
}

/** 宣传和档案中心 and 新闻宣传处, who keep the register (`jurisdiction.opinionEvent.work`). */
export function keepsOpinionRegister(user: SessionUser): boolean {
  return reachesAll(user, 'opinionEvent', 'work');
}

/** The businesses of the units that may own an event. */
export const KEEPER_BUSINESSES = ['publicity', 'publication'] as const;
