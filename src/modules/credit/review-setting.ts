import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ruleSettings } from '../../db/schema/index.js';

export const REVIEW_SETTING = 'dishonest.reviewAfterMonths';

/**
 * The months after listing when an enterprise may apply for early removal: a rule setting
 * (administrators edit it with audit). Level U ships as 待核实, which the list shows.
 */
export async function reviewSetting(db: Executor) {
  const [row] = await db.select().from(ruleSettings).where(eq(ruleSettings.id, REVIEW_SETTING)).limit(1);
  return row ? { months: row.value, level: row.level, legalBasis: row.legalBasis, unverified: row.level === 'U' } : null;
}
