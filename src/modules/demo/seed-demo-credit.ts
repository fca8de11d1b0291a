import { count, like } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dishonestEntries } from '../../db/schema/index.js';
import { addDays } from '../../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { addDishonestEntry } from '../credit/add-dishonest-entry.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';
import type { SevereCase } from './seed-demo-cases.js';

/**
 * Demo mode: the Credit Division lists the party of the decided major case (licence revoked, a
 * large fine) on the 严重违法失信名单, by the real use case, a few days after the decision.
 * Nothing is exported: the 归集 tab then shows the demo's penalties, listing and unqualified
 * results as due, for the user to send. Returns the number of entries made (0 without such a case).
 */
export async function seedDemoDishonest(db: Db, severe: SevereCase | null, now = new Date()): Promise<number> {
  if (!severe) return 0;
  const today = toLocalDate(now);
  const listedOn = addDays(severe.decidedOn, 3) > today ? today : addDays(severe.decidedOn, 3);
  const year = listedOn.slice(0, 4);
  // The listing decision is numbered after the Credit Division's listings of that year.
  const [{ n }] = await db.select({ n: count() }).from(dishonestEntries).where(like(dishonestEntries.decisionNo, `%〔${year}〕%`));
  const credit = await demoOfficer(db, unitIdForSlug('credit'), ['division_officer']);
  await addDishonestEntry(
    db,
    credit,
    {
      enterpriseId: severe.enterpriseId,
      caseId: severe.caseId,
      reason: `生产经营不符合食品安全标准的食品，被处以较大数额罚款并吊销许可证件（${severe.decisionNo}），属于食品安全领域严重违法失信行为。`,
      legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条、第五条',
      decisionNo: `川市监信〔${year}〕${n + 1}号`,
      listedOn,
    },
    null,
    new Date(Math.min(localDateTime(listedOn, '10:00:00').getTime(), now.getTime())),
  );
  return 1;
}
