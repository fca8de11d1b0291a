import { sql, type SQL } from 'drizzle-orm';
import { samples } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

/** Provincial units whose business is sampling itself, or the whole linkage: they see every sample. */
const ALL_SAMPLES = new Set(['sampling', 'lab', 'coordination', 'enforcement', 'credit', 'publication', 'inspection', 'complaints', 'legal_review']);
/** Link divisions see the province's samples of their link (生产处 → production …). */
const LINK_OF_BUSINESS: Record<string, string> = { production: 'production', distribution: 'distribution', catering: 'catering', online: 'online' };
/** 特殊食品处 sees the special-food categories wherever they were sampled. */
export const SPECIAL_FOOD_ROOTS = ['保健食品', '特殊医学用途配方食品', '婴幼儿配方食品', '特殊膳食食品'];

/**
 * Who reads which sample (docs/security.md): the owner unit's subtree (本级及下级), plus a
 * provincial unit's business across the province. One SQL condition, applied to every list,
 * read and export of samples.
 */
export function sampleInScope(user: SessionUser): SQL {
  const businesses = user.unit.businesses;
  if (businesses.some((b) => ALL_SAMPLES.has(b))) return sql`true`;
  const conditions: SQL[] = [ownerUnitInScope(user.scope, samples.ownerUnitId)];
  const linkList = businesses.map((b) => LINK_OF_BUSINESS[b]).filter(Boolean);
  if (linkList.length) conditions.push(sql`${samples.link} IN (${sql.join(linkList.map((l) => sql`${l}`), sql`, `)})`);
  if (businesses.includes('special_food')) {
    conditions.push(
      sql`${samples.categoryRootId} IN (SELECT fc.id FROM food_categories fc WHERE fc.level = 1 AND fc.name IN (${sql.join(
        SPECIAL_FOOD_ROOTS.map((n) => sql`${n}`),
        sql`, `,
      )}))`,
    );
  }
  return conditions.length === 1 ? conditions[0] : sql`(${sql.join(conditions, sql` OR `)})`;
}
