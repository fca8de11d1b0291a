import type { SQL } from 'drizzle-orm';
import { reaches, type UnitFact } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a publication: `jurisdiction.publication.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function publicationReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'publication', 'see');
}

/** The drafting unit's line, or 抽检监测处: publishes, corrects, withdraws. */
export function worksOnPublication(user: SessionUser, drafter: UnitFact): boolean {
  return reaches(user, 'publication', 'work', { units: { drafter } });
}

/** The reviewing side of the user's unit (seed art. 11(6), 14(1)). */
export function reviewSidesOf(user: SessionUser): ('sampling' | 'news')[] {
  const sides: ('sampling' | 'news')[] = [];
  if (user.unit.businesses.includes('sampling')) sides.push('sampling');
  if (user.unit.businesses.includes('publication')) sides.push('news');
  return sides;
}

export const reviewSideNames = { sampling: '抽检监测处', news: '新闻宣传处' } as const;
export const statusNames = { review: '会审中', returned: '已退回', approved: '会审通过', published: '已公布', withdrawn: '已撤回' } as const;
