import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposalSteps, disposals, orgUnits, reconciliationChecks, reconciliations } from '../../db/schema/index.js';
import { fiveInPlace, stepNames } from '../../domain/disposal.js';
import { addDays } from '../../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { finishReconciliation } from '../reconciliation/finish-reconciliation.js';
import { recordCheck } from '../reconciliation/record-check.js';
import { startReconciliation } from '../reconciliation/start-reconciliation.js';
import { demoOfficer } from './demo-officer.js';

type Item = (typeof fiveInPlace)[number];

/** What a checker on site writes when an item is not in place. */
const findingFor: Record<Item, string> = {
  riskControl: '现场核查：问题产品未全部下架封存，台账未记录控制数量',
  causeInvestigation: '原因排查仅有企业自述，未调取进货查验记录',
  rectification: '现场核查：整改措施未落实，进货查验台账仍未建立，与平台记载不符',
  penalty: '未见立案或不予立案的审批材料',
  disclosure: '处置结果未在门户网站公开',
};

/**
 * The cities a demo reconciliation checks. Not 成都 or 绵阳: the API tests run their own
 * reconciliations there and count exactly what those units see.
 */
const LEFT_TO_TESTS = new Set([unitIdForRegion('510100'), unitIdForRegion('510700')]);

interface Candidate { cityId: string; year: number; disposals: number }

/**
 * City bureaus by the ledger disposals of their subtree opened in each calendar year up to
 * `until` (the day a reconciliation starts: its period ends there), most first.
 */
async function candidates(db: Db, until: Date): Promise<Candidate[]> {
  const last = toLocalDate(until);
  const rows = await db
    .select({ openedAt: disposals.openedAt, path: orgUnits.path })
    .from(disposals)
    .innerJoin(orgUnits, eq(orgUnits.id, disposals.ownerUnitId))
    .where(and(eq(disposals.kind, 'disposal'), ne(disposals.status, 'voided')));
  const counts = new Map<string, Candidate>();
  for (const row of rows) {
    const cityId = row.path.split('/').filter(Boolean)[1];
    if (!cityId || LEFT_TO_TESTS.has(cityId)) continue;
    const opened = toLocalDate(row.openedAt);
    if (opened > last) continue;
    const year = Number(opened.slice(0, 4));
    const key = `${cityId}:${year}`;
    const entry = counts.get(key) ?? { cityId, year, disposals: 0 };
    entry.disposals++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.disposals - a.disposals || b.year - a.year || a.cityId.localeCompare(b.cityId));
}

/**
 * Records the checker's finding on the first `limit` drawn disposals: an item is in place where the
 * platform has its step done. With `findOne`, a reconciliation that would find nothing finds the
 * last disposal's rectification not in place on site.
 */
async function checkAll(db: Db, checker: SessionUser, reconciliationId: string, how: { limit?: number; findOne?: boolean }) {
  const checks = await db
    .select({ id: reconciliationChecks.id, disposalId: reconciliationChecks.disposalId })
    .from(reconciliationChecks)
    .innerJoin(disposals, eq(disposals.id, reconciliationChecks.disposalId))
    .where(eq(reconciliationChecks.reconciliationId, reconciliationId))
    .orderBy(asc(disposals.openedAt), asc(disposals.id));
  const chosen = checks.slice(0, how.limit ?? checks.length);
  const steps = chosen.length
    ? await db.select({ disposalId: disposalSteps.disposalId, kind: disposalSteps.kind }).from(disposalSteps).where(and(inArray(disposalSteps.disposalId, chosen.map((c) => c.disposalId)), eq(disposalSteps.status, 'done')))
    : [];
  let findings = 0;
  for (const [i, check] of chosen.entries()) {
    const done = new Set(steps.filter((s) => s.disposalId === check.disposalId).map((s) => s.kind));
    const items = Object.fromEntries(fiveInPlace.map((k) => [k, done.has(k)])) as Record<Item, boolean>;
    // The platform says every item is done, but on site the rectification was not: the finding a reconciliation exists for.
    if (how.findOne && findings === 0 && i === chosen.length - 1 && fiveInPlace.every((k) => items[k])) items.rectification = false;
    const missing = fiveInPlace.filter((k) => !items[k]);
    if (missing.length) findings++;
    const text = missing.length ? missing.map((k) => `${stepNames[k]}：${findingFor[k]}`).join('；') : undefined;
    await recordCheck(db, checker, { reconciliationId, checkId: check.id, items, findings: text }, null);
  }
  return { checked: chosen.length, findings };
}

/**
 * Demo mode, once the disposals have their states: reconciliations (对账检查) by 综合执法稽查局
 * through the real use cases — one finished, with findings that became rectification work items
 * for the disposals' owners; one in progress, drawn at random and partly checked; one just
 * started. Each checks a city bureau's ledger for a calendar year.
 */
export async function seedDemoReconciliations(db: Db, now: Date) {
  const result = { finished: 0, inProgress: 0, checks: 0, rectifications: 0 };
  const checker = await demoOfficer(db, unitIdForSlug('enforcement'), ['division_officer', 'enforcement_officer']);
  const today = toLocalDate(now);
  const daysAgo = (days: number) => localDateTime(addDays(today, -days), '10:00:00');
  /** A city's ledger for a calendar year, up to the day the check starts. */
  const period = (c: Candidate, startedAt: Date) => {
    const started = toLocalDate(startedAt);
    return { unitId: c.cityId, periodFrom: `${c.year}-01-01`, periodTo: `${c.year}-12-31` < started ? `${c.year}-12-31` : started };
  };

  // Finished: every disposal of the busiest past city-year (mostly closed by now) checked three
  // weeks ago, the findings turned into rectification work today.
  const year = Number(today.slice(0, 4));
  const startedAt = daysAgo(20);
  const early = await candidates(db, startedAt);
  const first = early.find((c) => c.year < year) ?? early[0];
  if (!first) return result;
  const done = await startReconciliation(db, checker, { ...period(first, startedAt), mode: 'all' }, null, startedAt);
  const checked = await checkAll(db, checker, done.id, { findOne: true });
  const [{ version }] = await db.select({ version: reconciliations.version }).from(reconciliations).where(eq(reconciliations.id, done.id));
  const finished = await finishReconciliation(db, checker, done.id, { version }, null, now);
  result.finished = 1;
  result.checks += checked.checked;
  result.rectifications = finished.rectifications.length;

  // In progress: a random draw from another city-year (the same one when there is no other), half checked.
  const openedAt = daysAgo(6);
  const later = await candidates(db, openedAt);
  const same = (a: Candidate, b: Candidate) => a.cityId === b.cityId && a.year === b.year;
  const second = later.find((c) => c.cityId !== first.cityId) ?? later.find((c) => !same(c, first)) ?? later.find((c) => same(c, first))!;
  const sampleSize = Math.max(1, Math.min(5, Math.ceil(second.disposals / 2)));
  const open = await startReconciliation(db, checker, { ...period(second, openedAt), mode: 'random', sampleSize }, null, openedAt);
  result.checks += (await checkAll(db, checker, open.id, { limit: Math.ceil(open.checks / 2) })).checked;
  result.inProgress = 1;

  // Just started: nothing checked yet.
  const startedYesterday = daysAgo(1);
  const third = (await candidates(db, startedYesterday)).find((c) => c.cityId !== first.cityId && c.cityId !== second.cityId);
  if (third) {
    await startReconciliation(db, checker, { ...period(third, startedYesterday), mode: 'all' }, null, startedYesterday);
    result.inProgress++;
  }
  return result;
}
