import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { enterprises, escalationRules, escalationSamples, escalations } from '../../db/schema/index.js';
import type { CountedResult, EnterpriseFacts } from '../../domain/escalation/engine.js';
import type { EscalationRule } from '../../domain/escalation/rule-defaults.js';
import type { ExistingEscalation } from '../../domain/escalation/plan.js';
import { SPECIAL_FOOD_ROOTS } from '../../domain/jurisdiction.js';
import { executeNamed } from '../../db/named-statement.js';
import { jsonColumn } from '../../db/json-column.js';

export interface EnterpriseRow extends EnterpriseFacts {
  name: string;
  creditCode: string | null;
  regionCode: string | null;
  ownerUnitId: string;
}

interface ResultRow {
  id: string;
  sample_no: string;
  sampling_date: string;
  link: string | null;
  sampled_party_id: string | null;
  nominal_producer_id: string | null;
  special: boolean;
}

export async function loadRules(db: Executor): Promise<EscalationRule[]> {
  return (await db.select().from(escalationRules)) as EscalationRule[];
}

const specialRoots = sql`(SELECT fc.id FROM food_categories fc WHERE fc.level = 1 AND fc.name IN (${sql.join(
  SPECIAL_FOOD_ROOTS.map((n) => sql`${n}`),
  sql`, `,
)}))`;

/** Groups result rows by enterprise: a sample counts for its sampled party and, when another enterprise is named on the label, for that producer too. */
function groupResults(rows: ResultRow[], wanted: Set<string> | null): Map<string, CountedResult[]> {
  const byEnterprise = new Map<string, CountedResult[]>();
  const add = (enterpriseId: string, result: CountedResult) => {
    if (wanted && !wanted.has(enterpriseId)) return;
    const list = byEnterprise.get(enterpriseId);
    if (list) list.push(result);
    else byEnterprise.set(enterpriseId, [result]);
  };
  for (const row of rows) {
    const base = { sampleId: row.id, sampleNo: row.sample_no, samplingDate: row.sampling_date, link: row.link, specialFood: row.special };
    if (row.sampled_party_id) {
      const producerToo = row.link === 'production' || row.nominal_producer_id === row.sampled_party_id;
      add(row.sampled_party_id, { ...base, asSampledParty: true, asProducer: producerToo });
    }
    if (row.nominal_producer_id && row.nominal_producer_id !== row.sampled_party_id) {
      add(row.nominal_producer_id, { ...base, asSampledParty: false, asProducer: true });
    }
  }
  return byEnterprise;
}

/**
 * Every enterprise's unqualified results, as the engine reads them, for a full recomputation:
 * one query served by the partial indexes on unqualified samples (migration 0012).
 */
export async function loadAllResults(db: Executor): Promise<Map<string, CountedResult[]>> {
  const result = (await db.execute(sql`
    SELECT s.id, s.sample_no, s.sampling_date::text AS sampling_date, s.link, s.sampled_party_id, s.nominal_producer_id,
           coalesce(s.category_root_id IN ${specialRoots}, false) AS special
    FROM samples s
    WHERE s.conclusion = 'unqualified' AND (s.sampled_party_id IS NOT NULL OR s.nominal_producer_id IS NOT NULL)`)) as unknown as { rows: ResultRow[] };
  return groupResults(result.rows, null);
}

/** What reconciliation needs to know about a set of enterprises. */
export interface Snapshot {
  rules: EscalationRule[];
  enterpriseIds: string[];
  facts: Map<string, EnterpriseRow>;
  results: Map<string, CountedResult[]>;
  existing: Map<string, ExistingEscalation[]>;
}

function byEnterprise<T extends { enterpriseId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.enterpriseId);
    if (list) list.push(row);
    else map.set(row.enterpriseId, [row]);
  }
  return map;
}

const withFacts = (e: Omit<EnterpriseRow, 'inProvince'>): EnterpriseRow => ({ ...e, inProvince: Boolean(e.regionCode?.startsWith('51')) });

/**
 * The incremental path's whole read in ONE round trip: the enterprises the changed samples
 * concern (their sampled party and label producer when failed, and the enterprise of any
 * escalation that counted one of them), with the rules, their facts, their unqualified results
 * and their escalations. Statements, not rows, are what an evaluation per result costs
 * (docs/performance.md), so the reads are one statement returning JSON.
 */
export async function loadSnapshotForSamples(db: Executor, sampleIds: string[]): Promise<Snapshot> {
  const ids = pgUuidArray(sampleIds);
  const result = (await executeNamed(db, sql`
    WITH affected AS (
      SELECT e.id FROM samples s
        CROSS JOIN LATERAL (VALUES (s.sampled_party_id), (s.nominal_producer_id)) AS e(id)
        WHERE s.id = ANY(${ids}) AND s.conclusion = 'unqualified' AND e.id IS NOT NULL
      UNION
      SELECT esc.enterprise_id FROM escalation_samples es JOIN escalations esc ON esc.id = es.escalation_id
        WHERE es.sample_id = ANY(${ids}) AND es.counted
    ),
    -- Two indexed lookups rather than one OR, which the planner cannot serve by index; only the
    -- columns the engine reads (planning and de-duplicating all of a sample's cost more than running it).
    results AS (
      SELECT s.id, s.sample_no, s.sampling_date, s.link, s.sampled_party_id, s.nominal_producer_id, s.category_root_id
        FROM affected a JOIN samples s ON s.sampled_party_id = a.id AND s.conclusion = 'unqualified'
      UNION
      SELECT s.id, s.sample_no, s.sampling_date, s.link, s.sampled_party_id, s.nominal_producer_id, s.category_root_id
        FROM affected a JOIN samples s ON s.nominal_producer_id = a.id AND s.conclusion = 'unqualified'
    )
    SELECT
      (SELECT coalesce(json_agg(a.id), '[]') FROM affected a) AS enterprise_ids,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'subject', r.subject, 'kind', r.kind, 'threshold', r.threshold,
          'years', r.years, 'window', r.window, 'ownerBusiness', r.owner_business, 'legalBasis', r.legal_basis, 'level', r.level, 'enabled', r.enabled)), '[]')
        FROM escalation_rules r) AS rules,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'name', e.name, 'creditCode', e.credit_code, 'regionCode', e.region_code,
          'ownerUnitId', e.owner_unit_id)), '[]')
        FROM enterprises e WHERE e.id IN (SELECT id FROM affected)) AS enterprises,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'sample_no', r.sample_no, 'sampling_date', r.sampling_date::text, 'link', r.link,
          'sampled_party_id', r.sampled_party_id, 'nominal_producer_id', r.nominal_producer_id,
          'special', coalesce(r.category_root_id IN ${specialRoots}, false))), '[]')
        FROM results r) AS results,
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'enterpriseId', x.enterprise_id, 'ruleId', x.rule_id, 'year', x.year,
          'currentCount', x.current_count, 'belowThreshold', x.below_threshold,
          'samples', (SELECT coalesce(json_agg(json_build_object('sampleId', es.sample_id, 'counted', es.counted)), '[]')
                      FROM escalation_samples es WHERE es.escalation_id = x.id))), '[]')
        FROM escalations x WHERE x.enterprise_id IN (SELECT id FROM affected)) AS existing`)) as unknown as {
    rows: { enterprise_ids: unknown; rules: unknown; enterprises: unknown; results: unknown; existing: unknown }[];
  };
  const row = result.rows[0];
  const enterpriseIds = jsonColumn<string[]>(row.enterprise_ids);
  return {
    rules: jsonColumn<EscalationRule[]>(row.rules),
    enterpriseIds,
    facts: new Map(jsonColumn<Omit<EnterpriseRow, 'inProvince'>[]>(row.enterprises).map((e) => [e.id, withFacts(e)])),
    results: groupResults(jsonColumn<ResultRow[]>(row.results), new Set(enterpriseIds)),
    existing: byEnterprise(jsonColumn<(ExistingEscalation & { enterpriseId: string })[]>(row.existing)),
  };
}

/** The same snapshot over every enterprise with a result or an escalation, for a full recomputation. */
export async function loadSnapshotAll(db: Executor): Promise<Snapshot> {
  const rules = await loadRules(db);
  const results = await loadAllResults(db);
  const existing = await loadAllExisting(db);
  const enterpriseIds = [...new Set([...results.keys(), ...existing.keys()])];
  const facts = await loadEnterprises(db, enterpriseIds);
  return { rules, enterpriseIds, facts, results, existing };
}

async function loadAllExisting(db: Executor): Promise<Map<string, ExistingEscalation[]>> {
  const rows = await db
    .select({ id: escalations.id, enterpriseId: escalations.enterpriseId, ruleId: escalations.ruleId, year: escalations.year, currentCount: escalations.currentCount, belowThreshold: escalations.belowThreshold })
    .from(escalations);
  const samples = rows.length
    ? await db.select({ escalationId: escalationSamples.escalationId, sampleId: escalationSamples.sampleId, counted: escalationSamples.counted }).from(escalationSamples)
    : [];
  const samplesOf = new Map<string, { sampleId: string; counted: boolean }[]>();
  for (const s of samples) {
    const list = samplesOf.get(s.escalationId);
    if (list) list.push(s);
    else samplesOf.set(s.escalationId, [s]);
  }
  return byEnterprise(rows.map((row) => ({ ...row, samples: samplesOf.get(row.id) ?? [] })));
}

export async function loadEnterprises(db: Executor, ids: string[]): Promise<Map<string, EnterpriseRow>> {
  if (ids.length === 0) return new Map();
  // One uuid[] parameter, however many ids: a full recomputation touches tens of thousands of
  // enterprises, and binding one parameter each (inArray) cost more to build than to run.
  const rows = await db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, regionCode: enterprises.regionCode, ownerUnitId: enterprises.ownerUnitId })
    .from(enterprises)
    .where(sql`${enterprises.id} = ANY(${pgUuidArray(ids)})`);
  return new Map(rows.map((e) => [e.id, withFacts(e)]));
}

/** A uuid[] parameter (drizzle would spread a JS array into a row constructor). */
export function pgUuidArray(ids: string[]) {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
