import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 核查处置按期办结率: of the disposals DUE in the period (due_at, which an approved extension has
 * already moved to the extended date; the legal one stays in original_due_at), the share closed
 * by that instant (closed_at ≤ due_at: closing on the deadline itself is on time). Voided
 * disposals (an overturned result) are not counted at all. A disposal still open and due later
 * in the period counts as not yet closed until it is: the figure is final once the period ends.
 * Equals a recomputation from GET /api/disposals (status, dueAt, closedAt).
 */
const due = (ctx: ComputationContext) => sql`d.status <> 'voided' AND d.due_at >= ${at(ctx.period.fromAt)} AND d.due_at < ${at(ctx.period.toAt)}`;
const onTime = sql`d.closed_at IS NOT NULL AND d.closed_at <= d.due_at`;

export const disposalOnTime: Computation = {
  key: 'disposal.onTime',
  name: '核查处置按期办结',
  numerator: '期限内办结的核查处置件数',
  denominator: '考核期内到期的核查处置件数（不含已撤销）',
  measure: 'ratio',
  figures: (ctx) =>
    rollUp(ctx.db, sql`SELECT d.owner_unit_id AS owner_id, count(*) FILTER (WHERE ${onTime}) AS num, count(*) AS den FROM disposals d WHERE ${due(ctx)} GROUP BY d.owner_unit_id`),
  records: async (ctx, unitId) => {
    const list = await rows<{ id: string; sample_no: string; unit_name: string; due_at: Date; closed_at: Date | null; status: string; ok: boolean; extended: boolean }>(
      ctx.db,
      sql`SELECT d.id, d.sample_no, o.name AS unit_name, d.due_at, d.closed_at, d.status, (${onTime}) AS ok, d.extension IS NOT NULL AS extended
          FROM disposals d JOIN org_units o ON o.id = d.owner_unit_id
          WHERE ${due(ctx)} AND ${inUnitTree(sql`d.owner_unit_id`, unitId)}
          ORDER BY (${onTime}), d.due_at`,
    );
    return list.map((r) => ({
      id: r.id,
      label: `核查处置 ${r.sample_no}`,
      unitName: r.unit_name,
      dueAt: iso(r.due_at),
      doneAt: iso(r.closed_at),
      ok: Boolean(r.ok),
      note: [r.closed_at ? (r.ok ? '按期办结' : '逾期办结') : '未办结', r.extended ? '已延期' : null].filter(Boolean).join('，'),
      href: `/disposals/${r.id}`,
    }));
  },
};
