import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { OpinionLevel, OpinionSource } from '../../domain/opinion/opinion-rules.js';
import type { SessionUser } from '../access/actor.js';
import type { EventLinksInput } from './event-links.js';
import { KEEPER_BUSINESSES } from './opinion-scope.js';

/** What an official enters for an event (the form, the API, the watch's 登记舆情事件). */
export interface EventFields extends EventLinksInput {
  title: string;
  source: OpinionSource;
  sourceNote?: string | null;
  firstSeenAt: Date;
  summary: string;
  links?: string[];
  level: OpinionLevel;
  ownerUnitId?: string;
  regionUnitId?: string | null;
}

/** The owner must be one of the register's keepers; the area a city or county bureau. */
export async function checkUnits(db: Executor, user: SessionUser, input: { ownerUnitId?: string; regionUnitId?: string | null }) {
  const ownerUnitId = input.ownerUnitId ?? user.unit.id;
  const [owner] = await db.select({ businesses: orgUnits.businesses }).from(orgUnits).where(eq(orgUnits.id, ownerUnitId)).limit(1);
  if (!owner || !owner.businesses.some((b) => (KEEPER_BUSINESSES as readonly string[]).includes(b))) throw new DomainError('OPINION_OWNER_UNIT', { ownerUnitId: '责任单位应为宣传和档案中心或新闻宣传处' });
  if (input.regionUnitId) {
    const [region] = await db.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.regionUnitId)).limit(1);
    if (!region || !['city_bureau', 'county_bureau'].includes(region.kind)) throw new DomainError('OPINION_REGION_UNIT', { regionUnitId: '涉及地区应为市（州）局或县（市、区）局' });
  }
  return { ownerUnitId, regionUnitId: input.regionUnitId ?? null };
}
