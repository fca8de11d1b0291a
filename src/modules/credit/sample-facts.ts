/**
 * SQL facts about a sample that the credit record and the publication export both need: whether
 * its unqualified result was overturned, whether an application against it is still open, and
 * its failed items as officials write them.
 */
import { sql, type SQL } from 'drizzle-orm';

/**
 * The sample's id, always table-qualified: Drizzle leaves columns unqualified in the select list
 * of a one-table query, and a bare "id" inside these subqueries would be the subquery's own id.
 */
const sampleId = sql.raw('"samples"."id"');

/**
 * Overturned by a retest or an objection: a concluded application with outcome 'overturned', or
 * the 'sample.overturned' audit row that conclusion writes (which also covers results overturned
 * before applications were kept in their own table). Such a result never counts as unqualified.
 */
export const overturned: SQL<boolean> = sql<boolean>`(EXISTS (SELECT 1 FROM objections o WHERE o.sample_id = ${sampleId} AND o.outcome = 'overturned')
  OR EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'sample' AND a.entity_id = ${sampleId}::text AND a.action = 'sample.overturned'))`;

/** An objection or retest filed and not yet concluded: the result is not final (办法 art. 33). */
export const applicationOpen: SQL<boolean> = sql<boolean>`EXISTS (SELECT 1 FROM objections o WHERE o.sample_id = ${sampleId} AND o.status IN ('pending', 'accepted'))`;

/** How it was overturned, for the record's text: the application's kind, date and conclusion, else the audit row. */
export const overturnFacts = sql<{ kind: string | null; at: string | null; text: string | null } | null>`coalesce(
  (SELECT jsonb_build_object('kind', o.kind, 'at', o.concluded_at, 'text', o.outcome_text) FROM objections o
    WHERE o.sample_id = ${sampleId} AND o.outcome = 'overturned' ORDER BY o.concluded_at NULLS LAST LIMIT 1),
  (SELECT jsonb_build_object('kind', a.after->>'kind', 'at', a.at, 'text', a.after->>'reason') FROM audit_log a
    WHERE a.entity_type = 'sample' AND a.entity_id = ${sampleId}::text AND a.action = 'sample.overturned' ORDER BY a.seq LIMIT 1))`;

/** The failed items: 毒死蜱 0.12mg/kg（≤0.05）；… */
export const failedItems = sql<string | null>`(SELECT string_agg(ri.item_name || ' ' || ri.result_text || coalesce(ri.unit, '') || coalesce('（' || ri.limit_text || '）', ''), '；' ORDER BY ri.sort_order) FROM result_items ri WHERE ri.sample_id = ${sampleId} AND ri.effective AND ri.judgement <> 'qualified')`;
