import { sql } from 'drizzle-orm';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 检查发现问题扣分: the deductions recorded on the findings of assessment checks (明查暗访,
 * 交叉检查, 四不两直) found in the period at the unit or below it; the indicator's weight caps them.
 */
const inPeriod = (ctx: ComputationContext) => sql`f.found_on >= ${ctx.period.fromDate} AND f.found_on <= ${ctx.period.toDate}`;

export const checkDeductions: Computation = {
  key: 'check.deductions',
  name: '检查发现问题扣分',
  numerator: '发现问题的扣分合计',
  denominator: '—',
  measure: 'points',
  parameters: [{ key: 'pointsPerFinding', label: '每个问题默认扣分', kind: 'number', min: 0, max: 100, default: 2, suffix: '分' }],
  figures: (ctx) => rollUp(ctx.db, sql`SELECT f.unit_id AS owner_id, sum(f.deduction) AS num, count(*) AS den FROM assessment_findings f WHERE ${inPeriod(ctx)} GROUP BY f.unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; check_id: string; title: string; description: string; unit_name: string; due_on: string; status: string; deduction: number; accepted_at: Date | null }>(
        ctx.db,
        sql`SELECT f.id, f.check_id, c.title, f.description, o.name AS unit_name, f.due_on::text, f.status, f.deduction::float8 AS deduction, f.accepted_at
            FROM assessment_findings f JOIN assessment_checks c ON c.id = f.check_id JOIN org_units o ON o.id = f.unit_id
            WHERE ${inPeriod(ctx)} AND ${inUnitTree(sql`f.unit_id`, unitId)} ORDER BY f.found_on`,
      )
    ).map((r) => ({
      id: r.id,
      label: `${r.title}：${r.description}`,
      unitName: r.unit_name,
      dueAt: r.due_on,
      doneAt: iso(r.accepted_at),
      ok: false,
      note: `扣 ${Number(r.deduction)} 分`,
      href: `/assessment/checks/${r.check_id}`,
    })),
};
