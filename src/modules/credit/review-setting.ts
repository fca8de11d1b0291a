import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ruleSettings } from '../../db/schema/index.js';

export const REVIEW_SETTING = 'dishonest.reviewAfterMonths';
export const LISTED_SETTING = 'dishonest.listedMonths';

/**
 * The months after listing when an enterprise may apply for early removal, and the months a
 * listing lasts: rule settings (administrators edit them with audit); level S, from
 * 《市场监督管理严重违法失信名单管理办法》 (1 year, 3 years). Level U would show as 待核实.
 */
export async function reviewSetting(db: Executor) {
  const rows = await db.select().from(ruleSettings).where(inArray(ruleSettings.id, [REVIEW_SETTING, LISTED_SETTING]));
  const review = rows.find((r) => r.id === REVIEW_SETTING);
  const listed = rows.find((r) => r.id === LISTED_SETTING);
  return review
    ? { months: review.value, listedMonths: listed?.value ?? null, level: review.level, legalBasis: review.legalBasis, unverified: review.level === 'U' }
    : null;
}

