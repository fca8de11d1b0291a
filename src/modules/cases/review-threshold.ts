import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ruleSettings } from '../../db/schema/index.js';
import { ruleSettingDefaults } from '../../domain/escalation/rule-defaults.js';

export const FINE_THRESHOLD_SETTING = 'case.legalReview.fineThreshold';

/**
 * The local amount (yuan) from which a decision also needs 法制审核, as the rule table holds it
 * now; 0 means none (the default: 行政处罚法 art. 58 names no amount). An administrator sets it
 * where a local rule adds one, and every check reads the current row. Start-up seeds the row;
 * should it ever be missing, the seeded default applies.
 */
export async function legalReviewThreshold(db: Executor) {
  const [row] = await db.select().from(ruleSettings).where(eq(ruleSettings.id, FINE_THRESHOLD_SETTING)).limit(1);
  const setting = row ?? ruleSettingDefaults.find((s) => s.id === FINE_THRESHOLD_SETTING)!;
  return { value: Number(setting.value), unit: setting.unit, name: setting.name, legalBasis: setting.legalBasis, level: setting.level };
}
