import type { Db } from '../../db/client.js';
import { toLocalDate } from '../../domain/time.js';
import { createCheck } from '../assessment/create-check.js';
import { ensureIndicatorSet } from '../assessment/indicators.js';
import { recordFinding } from '../assessment/record-finding.js';
import { reportRectification, reviewRectification } from '../assessment/rectification.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';

const day = (now: Date, offset: number) => toLocalDate(new Date(now.getTime() + offset * 86_400_000));

/**
 * 考核评价 demo, through the module's use cases: this year's indicator set, a 交叉检查 of 成都市局
 * and 武侯区局 a month ago with one finding rectified and accepted and one still open (each with a
 * deduction from the set's deduction indicator) and one past its deadline without a report
 * (overdue, no deduction), and a 四不两直 check next week that 锦江区局 cannot see yet.
 */
export async function seedDemoAssessment(db: Db, now: Date) {
  const year = Number(toLocalDate(now).slice(0, 4));
  await ensureIndicatorSet(db, year);
  const coordination = await demoOfficer(db, unitIdForSlug('coordination'), ['division_officer']);
  const mianyang = await demoOfficer(db, unitIdForRegion('510700'), ['bureau_officer']);
  const wuhou = await demoOfficer(db, unitIdForRegion('510107'), ['bureau_officer']);
  const startOn = day(now, -30);
  // In January the check falls in last year: its findings deduct against that year's set.
  await ensureIndicatorSet(db, Number(startOn.slice(0, 4)));
  const cross = await createCheck(
    db,
    coordination,
    {
      title: `${year}年监检联动交叉检查（成都片区）`,
      method: 'cross',
      startOn,
      endOn: day(now, -28),
      unitIds: [unitIdForRegion('510100'), unitIdForRegion('510107')],
      team: [
        { unitId: unitIdForSlug('coordination'), personName: '陈明' },
        { unitId: unitIdForRegion('510700'), personName: '李强' },
      ],
      notes: '抽查核查处置台账与“五个到位”佐证材料',
    },
    null,
  );
  const first = await recordFinding(
    db,
    mianyang,
    cross.id,
    { unitId: unitIdForRegion('510107'), description: '3件不合格食品核查处置未在法定期限内办结，台账未注明原因', requirement: '逐件说明超期原因，补齐延期审批手续，完善台账', dueOn: day(now, -14), foundOn: startOn, indicatorCode: 'check.deductions' },
    null,
    new Date(now.getTime() - 30 * 86_400_000),
  );
  await reportRectification(db, wuhou, first.id, { version: 1, report: '已逐件补充超期说明和延期审批表，台账已更正' }, null);
  await reviewRectification(db, mianyang, first.id, { version: 2, accepted: true, note: '整改到位' }, null);
  await recordFinding(
    db,
    coordination,
    cross.id,
    { unitId: unitIdForRegion('510100'), description: '“321”风险研判记录缺少参会人员签到', requirement: '补充签到表，规范研判记录', dueOn: day(now, 10), foundOn: day(now, -29), indicatorCode: 'check.deductions', deduction: 1 },
    null,
    new Date(now.getTime() - 29 * 86_400_000),
  );
  // One not rectified by its deadline: the rectification list shows it as overdue.
  await recordFinding(
    db,
    coordination,
    cross.id,
    { unitId: unitIdForRegion('510107'), description: '不合格食品核查处置台账未按月报送市局', requirement: '补报近三个月台账，建立按月报送制度', dueOn: day(now, -3), foundOn: day(now, -28) },
    null,
    new Date(now.getTime() - 28 * 86_400_000),
  );
  await createCheck(
    db,
    coordination,
    { title: `${year}年“四不两直”暗查（锦江区）`, method: 'unannounced', startOn: day(now, 7), endOn: day(now, 8), unitIds: [unitIdForRegion('510104')], team: [{ unitId: unitIdForSlug('coordination'), personName: '陈明' }] },
    null,
  );
  return { checks: 2, findings: 3 };
}
