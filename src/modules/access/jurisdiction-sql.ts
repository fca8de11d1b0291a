import { inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
  assistRequests,
  cases,
  complaints,
  dishonestEntries,
  disposals,
  enterprises,
  escalations,
  importJobs,
  notices,
  opinionEvents,
  orgUnits,
  publications,
  reconciliations,
  riskMeetings,
  samples,
  samplingPlans,
  samplingSuggestions,
  signals,
  urgentReports,
  users,
  workItems,
} from '../../db/schema/index.js';
import { provinceLevelUnitKinds } from '../../domain/sampling/plan-rules.js';
import {
  holdsForEveryRecord,
  linksOf,
  reachesAll,
  rulesOf,
  SPECIAL_FOOD_ROOTS,
  type AccessOf,
  type RecordType,
  type RefOf,
  type Rule,
  type Viewer,
} from '../../domain/jurisdiction.js';
import { ownerUnitInScope } from './scope-sql.js';

/**
 * The SQL twin of src/domain/jurisdiction.ts: the same declaration, turned into the WHERE
 * condition that every list, read and write of a record type applies. Only the columns behind
 * each of the record's unit references are written here.
 */

/** Several units behind one reference: given the condition on one unit id, the condition on the record. */
interface ManyUnits {
  manyUnits: (unitMatches: (unitId: SQL) => SQL) => SQL;
}
type SqlRef = AnyColumn | ManyUnits;

const many = (condition: ManyUnits['manyUnits']): ManyUnits => ({ manyUnits: condition });

const sqlRefs: { [T in RecordType]: Record<RefOf<T>, SqlRef> } = {
  sample: { owner: samples.ownerUnitId },
  enterprise: { owner: enterprises.ownerUnitId },
  plan: { organiser: samplingPlans.organiserUnitId },
  suggestion: { from: samplingSuggestions.fromUnitId },
  disposal: {
    owner: disposals.ownerUnitId,
    guiding: disposals.guidingUnitId,
    assisting: many((m) => sql`${disposals.id} IN (SELECT ar.disposal_id FROM assist_requests ar WHERE ${m(sql`ar.to_unit_id`)})`),
  },
  assistRequest: {
    addressed: many((m) => m(sql`coalesce(${assistRequests.toUnitId}, ${assistRequests.fromUnitId})`)),
    asker: assistRequests.fromUnitId,
  },
  urgentReport: {
    owner: urgentReports.ownerUnitId,
    recipient: many((m) => sql`${urgentReports.id} IN (SELECT urr.report_id FROM urgent_report_recipients urr WHERE ${m(sql`urr.unit_id`)})`),
    raisedBy: urgentReports.raisedByUnitId,
  },
  escalation: {
    owner: escalations.ownerUnitId,
    assigned: escalations.assignedUnitId,
    // The enterprise's owner by primary key per escalation (a correlated scalar subquery, which the
    // planner cannot turn into a hash of every enterprise in the scope: 57 000 rows for a city at
    // 10^6 samples, 330 ms a query, where the escalations are a few thousand; issue 16).
    enterpriseOwner: many((m) => m(sql`(SELECT e.owner_unit_id FROM enterprises e WHERE e.id = ${escalations.enterpriseId})`)),
  },
  case: { owner: cases.ownerUnitId, filedBy: cases.filedByUnitId, link: cases.linkUnitId },
  reconciliation: {
    runner: reconciliations.createdByUnitId,
    checked: reconciliations.unitId,
    drawnOwner: many(
      (m) =>
        sql`EXISTS (SELECT 1 FROM reconciliation_checks rc JOIN disposals d ON d.id = rc.disposal_id WHERE rc.reconciliation_id = ${reconciliations.id} AND ${m(sql`d.owner_unit_id`)})`,
    ),
  },
  workItem: { owner: workItems.ownerUnitId },
  user: { unit: users.unitId },
  dishonestEntry: { listedBy: dishonestEntries.listedByUnitId },
  importJob: { unit: importJobs.unitId },
  notice: {
    sender: notices.senderUnitId,
    recipient: many((m) => sql`${notices.id} IN (SELECT nr.notice_id FROM notice_recipients nr WHERE ${m(sql`nr.unit_id`)})`),
  },
  riskMeeting: { unit: riskMeetings.unitId },
  riskObligation: { unit: orgUnits.id },
  publication: { drafter: publications.draftedByUnitId },
  complaint: { handler: complaints.handlerUnitId, division: complaints.divisionUnitId },
  opinionEvent: { owner: opinionEvents.ownerUnitId, region: opinionEvents.regionUnitId },
  signal: { routed: many((m) => sql`${signals.id} IN (SELECT su.signal_id FROM signal_units su WHERE ${m(sql`su.unit_id`)})`) },
};

/** When a record of the type is public information (the `public` rule). */
const publicSql: Partial<Record<RecordType, () => SQL>> = {
  dishonestEntry: () => inArray(dishonestEntries.status, ['listed', 'removed']),
};

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function onUnits(ref: SqlRef, unitMatches: (unitId: SQL | AnyColumn) => SQL): SQL {
  return 'manyUnits' in ref ? ref.manyUnits(unitMatches) : unitMatches(ref);
}

/** The record-dependent condition of one rule, or null when it cannot hold for this user. */
function ruleSql(viewer: Viewer, type: RecordType, rule: Rule<string>): SQL | null {
  const refs = sqlRefs[type] as Record<string, SqlRef>;
  switch (rule.rule) {
    case 'subtree':
      return onUnits(refs[rule.ref], (unit) => ownerUnitInScope(viewer.scope, unit));
    case 'unitIs':
      return onUnits(refs[rule.ref], (unit) => sql`${unit} = ${viewer.unit.id}`);
    case 'provincial':
      return onUnits(refs[rule.ref], (unit) => sql`${unit} IN (SELECT ou.id FROM org_units ou WHERE ou.kind IN (${list(provinceLevelUnitKinds)}))`);
    case 'linkDivision': {
      const links = linksOf(viewer);
      return links.length ? sql`${samples.link} IN (${list(links)})` : null;
    }
    case 'specialFood':
      if (!viewer.unit.businesses.includes('special_food')) return null;
      return sql`${samples.categoryRootId} IN (SELECT fc.id FROM food_categories fc WHERE fc.level = 1 AND fc.name IN (${list(SPECIAL_FOOD_ROOTS)}))`;
    case 'public': {
      const condition = publicSql[type];
      if (!condition) throw new Error(`jurisdiction: no public condition for ${type}`);
      return condition();
    }
    default:
      // The province-wide rules depend on the user alone: `jurisdictionSql` decided them already.
      return null;
  }
}

/**
 * The condition "the user reaches this record at this access level", for a query over the
 * record type's table: `true` for a unit that reaches all of them, else the OR of the rules that
 * depend on the record (never empty: every access level has a unit rule, so a missing one means
 * no row, `false`).
 */
export function jurisdictionSql<T extends RecordType>(viewer: Viewer, type: T, access: AccessOf<T>): SQL {
  const rules = rulesOf(type, access) as readonly Rule<string>[];
  if (rules.some((rule) => holdsForEveryRecord(viewer, rule))) return sql`true`;
  const conditions = rules.map((rule) => ruleSql(viewer, type, rule)).filter((c): c is SQL => c !== null);
  if (conditions.length === 0) return sql`false`;
  return conditions.length === 1 ? conditions[0] : sql`(${sql.join(conditions, sql` OR `)})`;
}

/**
 * Which of a sample's own columns, besides its owner unit, `jurisdictionSql(viewer, 'sample', access)`
 * reads for this user (the link division's link, the special-food 大类): aggregates kept without
 * those columns can answer only a user whose condition reads neither. Follows ruleSql above.
 */
export function sampleScopeReads(viewer: Viewer, access: AccessOf<'sample'>): { link: boolean; categoryRoot: boolean } {
  if (reachesAll(viewer, 'sample', access)) return { link: false, categoryRoot: false };
  const rules = rulesOf('sample', access) as readonly Rule<string>[];
  return {
    link: rules.some((r) => r.rule === 'linkDivision') && linksOf(viewer).length > 0,
    categoryRoot: rules.some((r) => r.rule === 'specialFood') && viewer.unit.businesses.includes('special_food'),
  };
}
