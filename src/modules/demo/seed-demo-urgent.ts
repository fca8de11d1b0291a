import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { raiseUrgentReport } from '../urgent/raise-urgent-report.js';
import { demoOfficer } from './demo-officer.js';

const hazards = [
  '检出禁用兽药，含量远超限量，可能对身体健康造成严重危害，建议立即控制同批次产品',
  '检出非食用物质，可能对身体健康造成严重危害',
  '致病菌检出，可能引发群体性食源性疾病',
];

/**
 * Demo mode: open 24-hour reports raised by the provincial institute on the newest unqualified
 * samples, at different points of their 24-hour clock (one already overdue).
 */
export async function seedDemoUrgentReports(db: Db, now = new Date()): Promise<number> {
  const newest = await db
    .select({ id: samples.id })
    .from(samples)
    // Sampled two days or more before: the oldest report is raised 30 hours ago, and a result is
    // never found before its sampling day (just after midnight "today's" samples would be).
    .where(and(eq(samples.conclusion, 'unqualified'), eq(samples.samplingType, 'supervisory'), lte(samples.samplingDate, toLocalDate(new Date(now.getTime() - 2 * 86_400_000)))))
    .orderBy(desc(samples.samplingDate))
    .limit(hazards.length);
  const institute = await demoOfficer(db, unitIdForSlug('institute'), ['lab_user']);
  for (const [i, sample] of newest.entries()) {
    const raisedAt = new Date(now.getTime() - [2, 15, 30][i] * 3600_000);
    await raiseUrgentReport(db, institute, { sampleId: sample.id, hazard: hazards[i] }, null, raisedAt);
  }
  return newest.length;
}
