import type { Executor } from '../../db/client.js';
import type { Rates } from '../../contracts/analytics.js';
import type { SessionUser } from '../access/actor.js';
import { getPivot } from './get-pivot.js';

export type RatesBy = 'city' | 'county' | 'category' | 'item' | 'link' | 'month';

/**
 * `GET /api/analytics/rates`: one dimension of the pivot over a calendar year (by sampling date),
 * optionally within a region and a 大类. For `by=city` the counts equal the totals of
 * `GET /api/samples?regionCode=…&dateFrom=Y-01-01&dateTo=Y-12-31` (with `conclusion=unqualified`).
 */
export async function getRates(
  db: Executor,
  user: SessionUser,
  query: { by: RatesBy; year: number; regionCode?: string; categoryRootId?: string },
): Promise<Rates> {
  const pivot = await getPivot(db, user, {
    rows: query.by,
    from: `${query.year}-01`,
    to: `${query.year}-12`,
    regionCode: query.regionCode,
    categoryRootId: query.categoryRootId,
    // Within a 大类, `by=category` lists its 亚类 (a drill-down); otherwise the 大类.
    ...(query.by === 'category' && query.categoryRootId ? { categoryId: query.categoryRootId, categoryLevel: 2 } : {}),
  });
  return {
    items: pivot.rowItems.map((row) => ({
      key: row.key,
      label: row.label,
      samples: row.total.samples,
      unqualified: row.total.unqualified,
      rate: row.total.rate,
      issue: row.total.issue,
      issueRate: row.total.issueRate,
      small: row.total.small,
      display: row.total.display,
      href: row.total.href,
      unqualifiedHref: row.total.unqualifiedHref,
    })),
  };
}
