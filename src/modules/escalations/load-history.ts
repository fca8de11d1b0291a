import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { enterprises, escalationRules } from '../../db/schema/index.js';
import type { CountedResult, EnterpriseFacts } from '../../domain/escalation/engine.js';
import type { EscalationRule } from '../../domain/escalation/rule-defaults.js';
import { SPECIAL_FOOD_ROOTS } from '../sampling/sample-scope.js';

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
  link: string;
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

/**
 * The unqualified results of the given enterprises (or of every enterprise), as the engine reads
 * them: one query, served by the sampled-party and nominal-producer indexes, or by the
 * conclusion index for a full recomputation. A sample counts for its sampled party and, when
 * another enterprise is named on the label, for that producer too.
 */
export async function loadResults(db: Executor, enterpriseIds: string[] | 'all'): Promise<Map<string, CountedResult[]>> {
  const scope =
    enterpriseIds === 'all'
      ? sql`(s.sampled_party_id IS NOT NULL OR s.nominal_producer_id IS NOT NULL)`
      : sql`(s.sampled_party_id = ANY(${pgUuidArray(enterpriseIds)}) OR s.nominal_producer_id = ANY(${pgUuidArray(enterpriseIds)}))`;
  const result = (await db.execute(sql`
    SELECT s.id, s.sample_no, s.sampling_date::text AS sampling_date, s.link, s.sampled_party_id, s.nominal_producer_id,
           coalesce(s.category_root_id IN ${specialRoots}, false) AS special
    FROM samples s
    WHERE s.conclusion = 'unqualified' AND ${scope}`)) as unknown as { rows: ResultRow[] };
  const wanted = enterpriseIds === 'all' ? null : new Set(enterpriseIds);
  const byEnterprise = new Map<string, CountedResult[]>();
  const add = (enterpriseId: string, result: CountedResult) => {
    if (wanted && !wanted.has(enterpriseId)) return;
    const list = byEnterprise.get(enterpriseId);
    if (list) list.push(result);
    else byEnterprise.set(enterpriseId, [result]);
  };
  for (const row of result.rows) {
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

export async function loadEnterprises(db: Executor, ids: string[]): Promise<Map<string, EnterpriseRow>> {
  const rows: EnterpriseRow[] = [];
  // Chunked: a full recomputation may touch tens of thousands of enterprises.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = await db
      .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, regionCode: enterprises.regionCode, ownerUnitId: enterprises.ownerUnitId })
      .from(enterprises)
      .where(inArray(enterprises.id, ids.slice(i, i + 5000)));
    rows.push(...chunk.map((e) => ({ ...e, inProvince: Boolean(e.regionCode?.startsWith('51')) })));
  }
  return new Map(rows.map((e) => [e.id, e]));
}

/** A uuid[] parameter (drizzle would spread a JS array into a row constructor). */
export function pgUuidArray(ids: string[]) {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
