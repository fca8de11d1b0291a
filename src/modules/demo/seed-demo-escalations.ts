import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { escalations } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { systemActor } from '../access/actor.js';
import { recomputeEscalations } from '../escalations/recompute-escalations.js';
import { recordInspection } from '../escalations/record-inspection.js';
import { recordInterview } from '../escalations/record-interview.js';
import { reportHandling } from '../escalations/report-handling.js';
import { requestInspection } from '../escalations/request-inspection.js';
import { superviseEscalation } from '../escalations/supervise-escalation.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';

type Fate = 'open' | 'inspecting' | 'inspected' | 'reported' | 'closed';

/** In turn by firing order, so even a small demo shows every state; the newest stay open. */
const FATES: Fate[] = ['closed', 'reported', 'inspected', 'inspecting', 'open'];

/**
 * Demo mode: the synthetic samples were bulk-loaded, so the rules run once over all of them (as
 * `rules recompute` does after an import), and the escalations they fire are worked on by the
 * real use cases to a spread of states: open, inspection requested or done (with an
 * interview), reported, closed.
 */
export async function seedDemoEscalations(db: Db, now = new Date()): Promise<Record<Fate, number> & { created: number }> {
  const { created } = await recomputeEscalations(db, systemActor, now);
  const counts: Record<Fate, number> = { open: 0, inspecting: 0, inspected: 0, reported: 0, closed: 0 };
  const rows = await db.select().from(escalations).orderBy(asc(escalations.firedAt), asc(escalations.id));
  const today = toLocalDate(now);
  for (const [i, e] of rows.entries()) {
    const fate = i >= rows.length - 2 ? 'open' : FATES[i % FATES.length];
    counts[fate] += 1;
    if (fate === 'open') continue;
    const bureau = await demoOfficer(db, e.assignedUnitId, ['bureau_officer', 'enforcement_officer']);
    const division = await demoOfficer(db, e.ownerUnitId, ['division_officer']);
    let version = e.version;
    if (fate === 'inspecting' || fate === 'inspected') {
      const inspection = await requestInspection(db, division, e.id, { kind: 'flight', reason: '同一年内多批次抽检不合格，检查原料进货查验、生产过程控制和出厂检验' }, null, now);
      if (fate === 'inspected') {
        const centre = await demoOfficer(db, unitIdForSlug('inspection-center'), ['division_officer']);
        await recordInspection(db, centre, inspection.id, { version: 1, inspectedOn: today, inspectors: '检查技术中心 王明、李华', findings: '进货查验记录不完整，部分原料无合格证明；已现场责令整改', conclusion: 'defects' }, null, now);
        await recordInterview(db, bureau, { escalationId: e.id, heldOn: today, place: '市场监管局约谈室', officials: '食品安全科 张科长、执法人员 2 名', attendees: '企业法定代表人、食品安全管理员', reason: '同一年内多批次抽检不合格', commitments: '停止销售同批次产品，15日内完成整改并书面报告，建立进货查验台账' }, null, now);
      }
      continue;
    }
    const reported = await reportHandling(db, bureau, e.id, { version, report: '已对该企业开展监督检查：责令下架封存同批次产品，约谈企业负责人，立案调查；企业已完成整改并提交报告。' }, null, now);
    version = reported.version;
    if (fate === 'closed') await superviseEscalation(db, division, e.id, { version, decision: 'close', note: '整改到位，同意结案' }, null, now);
  }
  return { ...counts, created };
}
