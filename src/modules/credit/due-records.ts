/**
 * Records due for the national credit publicity system (国家企业信用信息公示系统) in a period and
 * not yet sent. One reader for the preview, the export and the earlier backlog, so what the
 * officer previews is exactly what the export sends.
 *
 * Dating (docs/credit.md):
 * - unqualified: supervisory-sampling results that stand, by **sampling date** — the date the
 *   whole platform counts results by (ledger years, escalation rules), printed on the report.
 *   A result with an objection or retest filed and not concluded is left out: it is not final
 *   (办法 art. 33) and is published once concluded and upheld. Overturned results never are.
 * - penalty: case decisions by the decision date (决定日期), only those that impose more than a
 *   warning: 《市场监督管理行政处罚信息公示规定》 art. 2 (level V) — "仅受到警告行政处罚的不予公示",
 *   and a decision of no penalty (不予行政处罚) is no penalty (publishedAsPenalty in case.ts).
 * - dishonest / dishonest_removal: listings by the listing date, removals by the removal date.
 *
 * A result is concluded, or a sampling date entered, after its period may have been exported:
 * such a record is still unsent, and `earlierUnsent` counts it so the officer can export the
 * earlier period too. Nothing sent is ever offered again (credit_publications).
 */
import { and, asc, eq, inArray, not, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, dishonestEntries, enterprises, orgUnits, samples } from '../../db/schema/index.js';
import { publicationKindNames, publicationKinds, type PublicationKind } from '../../domain/credit/credit-kinds.js';
import { authorityName } from '../../domain/credit/credit-rules.js';
import { dishonestListingContent, dishonestRemovalContent, penaltyContent, unqualifiedContent } from '../../domain/credit/publication-content.js';
import { provinceBureau } from '../org/organisation-data.js';
import { applicationOpen, failedItems, overturned } from './sample-facts.js';

export interface Period {
  from: string;
  to: string;
}

export interface DueRecord {
  recordKind: PublicationKind;
  recordId: string;
  kindName: string;
  enterpriseId: string | null;
  enterpriseName: string;
  creditCode: string | null;
  /** The decision number; for a sampling result, the test report number (the sample number when none). */
  decisionNo: string;
  date: string;
  content: string;
  authority: string;
  /** Why it cannot be sent yet; null when it is ready. */
  problem: string | null;
}

/** Dates are compared as YYYY-MM-DD text: penalty dates live in jsonb, and a malformed one must not abort the export. */
type Range = Period | { before: string };
function dateIn(column: SQL | AnyColumn, range: Range): SQL {
  if ('before' in range) return sql`${column} < ${range.before}`;
  return sql`${column} BETWEEN ${range.from} AND ${range.to}`;
}

const notSent = (kind: PublicationKind, id: AnyColumn) =>
  sql`NOT EXISTS (SELECT 1 FROM credit_publications p WHERE p.record_kind = ${kind} AND p.record_id = ${id})`;

const unitAuthority = (unit: { name: string; kind: string }) => authorityName(unit, provinceBureau.name);

/** The national system matches records to enterprises by credit code: without one a record cannot be sent. */
const problemOf = (creditCode: string | null, party: string) => (creditCode ? null : `${party}无统一社会信用代码，请先在“生产经营者”中补正后报送`);

const unqualifiedWhere = (range: Range) =>
  and(
    eq(samples.samplingType, 'supervisory'),
    eq(samples.conclusion, 'unqualified'),
    not(overturned),
    not(applicationOpen),
    notSent('unqualified', samples.id),
    dateIn(samples.samplingDate, range),
  )!;

const decidedOn = sql<string>`${cases.decision}->>'decidedOn'`;
/** The SQL form of publishedAsPenalty: money, goods or the licence — a warning alone or no penalty is not published. */
const publishedPenalty = sql`(
  coalesce((${cases.decision}->>'fineAmount')::numeric, 0) > 0
  OR coalesce((${cases.decision}->>'confiscatedIllegalGains')::numeric, 0) > 0
  OR coalesce(btrim(${cases.decision}->>'confiscatedGoods'), '') <> ''
  OR ${cases.decision}->>'licenceAction' IN ('suspend', 'revoke'))`;
const penaltyWhere = (range: Range) => and(sql`${cases.decision} IS NOT NULL`, publishedPenalty, notSent('penalty', cases.id), dateIn(decidedOn, range))!;

// A bureau's proposal is published only once the level above approved it (then listed, perhaps removed since).
const listingWhere = (range: Range) => and(inArray(dishonestEntries.status, ['listed', 'removed']), notSent('dishonest', dishonestEntries.id), dateIn(dishonestEntries.listedOn, range))!;
const removalWhere = (range: Range) =>
  and(eq(dishonestEntries.status, 'removed'), notSent('dishonest_removal', dishonestEntries.id), dateIn(dishonestEntries.removedOn, range))!;

async function unqualifiedRecords(db: Executor, period: Period): Promise<DueRecord[]> {
  const rows = await db
    .select({
      id: samples.id,
      sampleNo: samples.sampleNo,
      reportNo: samples.reportNo,
      samplingDate: samples.samplingDate,
      foodName: samples.foodName,
      spec: samples.spec,
      trademark: samples.trademark,
      productionDate: samples.productionDate,
      batchNo: samples.batchNo,
      nominalProducerName: samples.nominalProducerName,
      labName: samples.labName,
      sampledPartyName: samples.sampledPartyName,
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      failedItems,
      unit: { name: orgUnits.name, kind: orgUnits.kind },
    })
    .from(samples)
    .leftJoin(enterprises, eq(enterprises.id, samples.sampledPartyId))
    .innerJoin(orgUnits, eq(orgUnits.id, samples.ownerUnitId))
    .where(unqualifiedWhere(period))
    .orderBy(asc(samples.samplingDate), asc(samples.id));
  // 抽查检查结果 are published for the inspected party (被抽样单位); the producer is named in the content.
  return rows.map((s) => ({
    recordKind: 'unqualified',
    recordId: s.id,
    kindName: publicationKindNames.unqualified,
    enterpriseId: s.enterpriseId,
    enterpriseName: s.enterpriseName ?? s.sampledPartyName,
    creditCode: s.creditCode,
    decisionNo: s.reportNo ?? s.sampleNo,
    date: s.samplingDate,
    content: unqualifiedContent(s),
    authority: unitAuthority(s.unit),
    problem: problemOf(s.creditCode, '被抽样单位'),
  }));
}

async function penaltyRecords(db: Executor, period: Period): Promise<DueRecord[]> {
  const rows = await db
    .select({
      id: cases.id,
      decision: cases.decision,
      partyName: cases.partyName,
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      unit: { name: orgUnits.name, kind: orgUnits.kind },
    })
    .from(cases)
    .leftJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .innerJoin(orgUnits, eq(orgUnits.id, cases.ownerUnitId))
    .where(penaltyWhere(period))
    .orderBy(asc(decidedOn), asc(cases.id));
  return rows.flatMap((c) =>
    c.decision
      ? [
          {
            recordKind: 'penalty' as const,
            recordId: c.id,
            kindName: publicationKindNames.penalty,
            enterpriseId: c.enterpriseId,
            enterpriseName: c.enterpriseName ?? c.partyName,
            creditCode: c.creditCode,
            decisionNo: c.decision.decisionNo,
            date: c.decision.decidedOn,
            content: penaltyContent(c.decision),
            authority: unitAuthority(c.unit),
            problem: problemOf(c.creditCode, '当事人'),
          },
        ]
      : [],
  );
}

async function dishonestRecords(db: Executor, period: Period): Promise<DueRecord[]> {
  const read = (where: SQL) =>
    db
      .select({ entry: dishonestEntries, enterpriseName: enterprises.name, creditCode: enterprises.creditCode, unit: { name: orgUnits.name, kind: orgUnits.kind } })
      .from(dishonestEntries)
      .innerJoin(enterprises, eq(enterprises.id, dishonestEntries.enterpriseId))
      .innerJoin(orgUnits, eq(orgUnits.id, dishonestEntries.listedByUnitId))
      .where(where);
  const [listings, removals] = await Promise.all([read(listingWhere(period)), read(removalWhere(period))]);
  const record = (kind: 'dishonest' | 'dishonest_removal', r: (typeof listings)[number]): DueRecord => ({
    recordKind: kind,
    recordId: r.entry.id,
    kindName: publicationKindNames[kind],
    enterpriseId: r.entry.enterpriseId,
    enterpriseName: r.enterpriseName,
    creditCode: r.creditCode,
    decisionNo: r.entry.decisionNo,
    date: kind === 'dishonest' ? r.entry.listedOn : r.entry.removedOn!,
    content: kind === 'dishonest' ? dishonestListingContent(r.entry) : dishonestRemovalContent(r.entry),
    authority: unitAuthority(r.unit),
    problem: problemOf(r.creditCode, '企业'),
  });
  return [...listings.map((r) => record('dishonest', r)), ...removals.map((r) => record('dishonest_removal', r))];
}

const kindOrder = Object.fromEntries(publicationKinds.map((k, i) => [k, i])) as Record<PublicationKind, number>;

const none = async (): Promise<DueRecord[]> => [];

/** Every unsent record of the period of the given kinds, by date, then kind, then decision number. */
export async function loadDueRecords(db: Executor, period: Period, kinds: readonly PublicationKind[] = publicationKinds): Promise<DueRecord[]> {
  const [unqualified, penalties, dishonest] = await Promise.all([
    kinds.includes('unqualified') ? unqualifiedRecords(db, period) : none(),
    kinds.includes('penalty') ? penaltyRecords(db, period) : none(),
    kinds.includes('dishonest') ? dishonestRecords(db, period) : none(),
  ]);
  return [...unqualified, ...penalties, ...dishonest].sort(
    (a, b) => a.date.localeCompare(b.date) || kindOrder[a.recordKind] - kindOrder[b.recordKind] || a.decisionNo.localeCompare(b.decisionNo) || a.recordId.localeCompare(b.recordId),
  );
}

/** Unsent records dated before the period: results concluded, or decisions entered, after their period was exported. */
export async function countEarlierUnsent(db: Executor, before: string, kinds: readonly PublicationKind[] = publicationKinds): Promise<number> {
  const count = sql<number>`count(*)::int`;
  const range = { before };
  const zero = async () => [{ n: 0 }];
  const [[a], [b], [c], [d]] = await Promise.all([
    kinds.includes('unqualified') ? db.select({ n: count }).from(samples).where(unqualifiedWhere(range)) : zero(),
    kinds.includes('penalty') ? db.select({ n: count }).from(cases).where(penaltyWhere(range)) : zero(),
    kinds.includes('dishonest') ? db.select({ n: count }).from(dishonestEntries).where(listingWhere(range)) : zero(),
    kinds.includes('dishonest_removal') ? db.select({ n: count }).from(dishonestEntries).where(removalWhere(range)) : zero(),
  ]);
  return a.n + b.n + c.n + d.n;
}
