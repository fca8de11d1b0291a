import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { PeriodBounds } from '../../../domain/assessment/periods.js';
import type { AssessedKind } from '../../../domain/assessment/defaults.js';

/** What a computation is run for: the period, the indicator's parameters, the time of the request. */
export interface ComputationContext {
  db: Executor;
  period: PeriodBounds;
  params: Record<string, unknown>;
  now: Date;
}

/** A unit's figure: value = numerator / denominator for a ratio (null without a denominator), numerator for points. */
export interface UnitFigure {
  numerator: number;
  denominator: number;
}

/** One record behind a value, with the page that shows it. */
export interface DrillRecord {
  id: string;
  label: string;
  unitName: string;
  /** The deadline (ISO instant or date), when the indicator is about one. */
  dueAt: string | null;
  /** When it was done (closed, replied, held …), or null. */
  doneAt: string | null;
  /** Counted as met (on time, rectified …); for a deduction, false. */
  ok: boolean;
  note: string | null;
  href: string | null;
}

/** A parameter a computation reads from its indicator's `params` (shown and checked by the indicator form). */
export interface ComputationParameter {
  key: string;
  /** The field's Chinese label. */
  label: string;
  kind: 'integer' | 'number';
  min: number;
  max: number;
  default: number;
  /** The unit printed after the field (天, 分 …). */
  suffix?: string;
}

/**
 * One computation of the registry (index.ts): set-based SQL over all units at once. A record
 * belongs to the unit that owns it and to every assessed unit above it (a city counts its
 * counties' records: 本级及下级); `figures` returns one figure per assessed unit with data.
 */
export interface Computation {
  key: string;
  name: string;
  /** What the numerator and the denominator count, for the formula shown beside the value. */
  numerator: string;
  denominator: string;
  measure: 'ratio' | 'points';
  /** The parameters it reads from the indicator (none for most). */
  parameters?: ComputationParameter[];
  figures(ctx: ComputationContext): Promise<Map<string, UnitFigure>>;
  records(ctx: ComputationContext, unitId: string): Promise<DrillRecord[]>;
}

/** Every assessed unit and each unit at or below it: owner → assessed unit (a few hundred rows, hashed). */
export const ASSESSED_ANCESTORS = sql`SELECT o.id AS owner_id, u.id AS unit_id FROM org_units o JOIN org_units u ON o.path LIKE u.path || '%' WHERE u.kind IN ('division', 'affiliated_unit', 'city_bureau', 'county_bureau')`;

/**
 * Rolls per-owner counts (columns owner_id, num, den) up to every assessed unit above the owner:
 * records are aggregated per owner first (a few hundred groups), then attributed, so the large
 * tables are read once.
 */
export async function rollUp(db: Executor, perOwner: SQL): Promise<Map<string, UnitFigure>> {
  const result = (await db.execute(sql`
    WITH per AS (${perOwner}), au AS (${ASSESSED_ANCESTORS})
    SELECT au.unit_id, sum(per.num)::float8 AS num, sum(per.den)::float8 AS den
    FROM per JOIN au ON au.owner_id = per.owner_id
    GROUP BY au.unit_id`)) as unknown as { rows: { unit_id: string; num: number; den: number }[] };
  return new Map(result.rows.map((r) => [r.unit_id, { numerator: Number(r.num), denominator: Number(r.den) }]));
}

/** The condition "this owner column is the unit or below it", for the drill-down of one unit. */
export function inUnitTree(ownerColumn: SQL, unitId: string): SQL {
  return sql`${ownerColumn} IN (SELECT c.id FROM org_units c WHERE c.path LIKE (SELECT p.path FROM org_units p WHERE p.id = ${unitId}) || '%')`;
}

export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A timestamp from db.execute as ISO: node-postgres gives a Date, PGlite the text form ("2026-11-16 15:59:59.999+00"). */
export function iso(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const parsed = new Date(String(v).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(parsed.getTime()) ? String(v) : parsed.toISOString();
}
export type { AssessedKind };
