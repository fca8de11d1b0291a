import { randomUUID } from 'node:crypto';
import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { assessmentFindings, assessmentIndicators, assessmentResults } from '../../db/schema/index.js';
import { indicatorDefaults, type AssessedKind } from '../../domain/assessment/defaults.js';
import type { Direction } from '../../domain/assessment/scoring.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { managesAssessment } from './assessment-scope.js';
import type { Computation } from './computations/computation.js';
import { computationOf } from './computations/index.js';

export type IndicatorRow = typeof assessmentIndicators.$inferSelect;

export async function loadIndicators(db: Executor, year: number): Promise<IndicatorRow[]> {
  return db.select().from(assessmentIndicators).where(eq(assessmentIndicators.year, year)).orderBy(asc(assessmentIndicators.sortOrder), asc(assessmentIndicators.code));
}

/** A year's set is frozen once the year's (annual) assessment is published. */
export async function isFrozen(db: Executor, year: number): Promise<boolean> {
  const [row] = await db.select({ year: assessmentResults.year }).from(assessmentResults).where(and(eq(assessmentResults.year, year), eq(assessmentResults.period, 'year'))).limit(1);
  return Boolean(row);
}

/**
 * The set of a year: its own rows, or, for a year without any, the defaults copied in (start-up
 * seeds the current year; a new year starts from the previous year's set when there is one).
 */
export async function ensureIndicatorSet(db: Db, year: number, actor = systemActor): Promise<number> {
  return db.transaction(async (tx) => {
    const existing = await loadIndicators(tx, year);
    if (existing.length) return 0;
    const previous = await loadIndicators(tx, year - 1);
    const source = previous.length
      ? previous.map((p) => ({ ...p, id: randomUUID(), year, version: 1, updatedAt: new Date(), updatedByUserId: null }))
      : indicatorDefaults.map((d, i) => ({ id: randomUUID(), year, ...d, params: d.params ?? {}, sortOrder: i + 1 }));
    const inserted = await tx.insert(assessmentIndicators).values(source).onConflictDoNothing().returning();
    if (inserted.length) await recordAudit(tx, actor, { action: 'assessmentIndicator.seed', entityType: 'assessmentIndicator', after: { year, codes: inserted.map((r) => r.code) } });
    return inserted.length;
  });
}

export async function seedIndicators(db: Db, now = new Date()): Promise<{ assessmentIndicators: number }> {
  return { assessmentIndicators: await ensureIndicatorSet(db, Number(toLocalDate(now).slice(0, 4))) };
}

export interface IndicatorChange {
  version: number;
  name?: string;
  definition?: string;
  params?: Record<string, unknown>;
  direction?: Direction;
  target?: number;
  weight?: number;
  unitKinds?: AssessedKind[];
  period?: 'year' | 'quarter';
}

async function assertEditable(db: Executor, user: SessionUser, year: number) {
  if (!managesAssessment(user)) throw new DomainError('ASSESSMENT_MANAGERS_ONLY');
  if (await isFrozen(db, year)) throw new DomainError('ASSESSMENT_YEAR_FROZEN', undefined, { year });
}

/** 协调处 edits an indicator (weights, targets, parameters …), with audit; refused once the year is published. */
export async function updateIndicator(db: Db, user: SessionUser, id: string, change: IndicatorChange, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(assessmentIndicators).where(eq(assessmentIndicators.id, id)).for('update').limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'assessmentIndicator', id });
    await assertEditable(tx, user, before.year);
    const { version, ...rest } = change;
    const checked = checkedFields(computationOf(before.computation), { direction: rest.direction ?? (before.direction as Direction), target: rest.target ?? before.target, params: rest.params ?? before.params });
    const fields = { ...definedOnly(rest), ...checked };
    const [after] = await tx
      .update(assessmentIndicators)
      .set({ ...fields, version: sql`${assessmentIndicators.version} + 1`, updatedAt: new Date(), updatedByUserId: user.id })
      .where(and(eq(assessmentIndicators.id, id), eq(assessmentIndicators.version, version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT');
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentIndicator.update', entityType: 'assessmentIndicator', entityId: id, before, after });
    return after;
  });
}

export interface NewIndicator {
  /** Derived from the computation when left out (officials never type codes). */
  code?: string;
  name: string;
  definition: string;
  computation: string;
  params?: Record<string, unknown>;
  direction: Direction;
  target: number;
  weight: number;
  unitKinds: AssessedKind[];
  period: 'year' | 'quarter';
}

/** 协调处 adds an indicator naming one of the registry's computations. */
export async function createIndicator(db: Db, user: SessionUser, year: number, input: NewIndicator, ip: string | null) {
  const computation = computationOf(input.computation);
  if (!computation) throw new DomainError('ASSESSMENT_UNKNOWN_COMPUTATION', { computation: '计算方法不存在' });
  const fields = checkedFields(computation, input);
  return db.transaction(async (tx) => {
    await assertEditable(tx, user, year);
    const code = input.code ?? (await freeCode(tx, year, computation.key));
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${assessmentIndicators.sortOrder}), 0)::int + 1` }).from(assessmentIndicators).where(eq(assessmentIndicators.year, year));
    const [row] = await tx
      .insert(assessmentIndicators)
      .values({ id: randomUUID(), year, ...input, ...fields, code, measure: computation.measure, sortOrder: next, updatedByUserId: user.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new DomainError('VALIDATION_FAILED', { code: '本年度已有该编码的指标' });
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentIndicator.create', entityType: 'assessmentIndicator', entityId: row.id, after: row });
    return row;
  });
}

/** The computation's key when the year has no indicator of that code yet, else the key with the first free suffix (disposal.onTime.2 …). */
async function freeCode(db: Executor, year: number, key: string): Promise<string> {
  const taken = new Set(
    (await db.select({ code: assessmentIndicators.code }).from(assessmentIndicators).where(and(eq(assessmentIndicators.year, year), or(eq(assessmentIndicators.code, key), like(assessmentIndicators.code, `${key}.%`))))).map((r) => r.code),
  );
  if (!taken.has(key)) return key;
  let n = 2;
  while (taken.has(`${key}.${n}`)) n++;
  return `${key}.${n}`;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * The rules of an indicator's fields that depend on its computation, with a Chinese message per
 * field (400 VALIDATION_FAILED, `details` keyed like the form's fields): a points computation is a
 * 扣分项 and a ratio one is not; a ratio's target is a share; the parameters are the computation's
 * own (missing ones take their default, unknown ones are dropped), each within its range.
 */
export function checkedFields(
  computation: Computation | undefined,
  fields: { direction?: Direction; target?: number; params?: Record<string, unknown> },
): { direction?: Direction; target?: number; params: Record<string, unknown> } {
  if (!computation) throw new DomainError('ASSESSMENT_UNKNOWN_COMPUTATION', { computation: '计算方法不存在' });
  const problems: Record<string, string> = {};
  if (fields.direction) {
    if (computation.measure === 'points' && fields.direction !== 'deduction') problems.direction = '该计算方法得出扣分，指标方向应为扣分项';
    if (computation.measure === 'ratio' && fields.direction === 'deduction') problems.direction = '该计算方法得出比例，指标方向应为越高越好或越低越好';
  }
  if (computation.measure === 'ratio' && fields.target !== undefined && (fields.target < 0 || fields.target > 1)) problems.target = `目标值应在${percent(0)}到${percent(1)}之间`;
  const params: Record<string, unknown> = {};
  for (const p of computation.parameters ?? []) {
    const raw = fields.params?.[p.key];
    const value = raw === undefined || raw === null || raw === '' ? p.default : Number(raw);
    const whole = p.kind === 'integer';
    if (!Number.isFinite(value) || (whole && !Number.isInteger(value)) || value < p.min || value > p.max) {
      problems[`params.${p.key}`] = `${p.label}应为${p.min}到${p.max}之间的${whole ? '整数' : '数'}`;
    } else params[p.key] = value;
  }
  if (Object.keys(problems).length) throw new DomainError('VALIDATION_FAILED', problems);
  return { ...(fields.direction ? { direction: fields.direction } : {}), ...(fields.target !== undefined ? { target: computation.measure === 'points' ? 0 : fields.target } : {}), params };
}

/**
 * 协调处 removes an indicator from a year's set before the year is published (with audit). An
 * indicator that findings of the year already deduct against stays: removing it would drop their
 * deductions from the scores without a trace on the findings.
 */
export async function deleteIndicator(db: Db, user: SessionUser, id: string, version: number, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(assessmentIndicators).where(eq(assessmentIndicators.id, id)).for('update').limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'assessmentIndicator', id });
    await assertEditable(tx, user, before.year);
    if (before.version !== version) throw new DomainError('VERSION_CONFLICT');
    const [used] = await tx
      .select({ id: assessmentFindings.id })
      .from(assessmentFindings)
      .where(and(eq(assessmentFindings.indicatorCode, before.code), sql`${assessmentFindings.foundOn} BETWEEN ${`${before.year}-01-01`} AND ${`${before.year}-12-31`}`))
      .limit(1);
    if (used) throw new DomainError('ASSESSMENT_INDICATOR_IN_USE');
    await tx.delete(assessmentIndicators).where(eq(assessmentIndicators.id, id));
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentIndicator.delete', entityType: 'assessmentIndicator', entityId: id, before });
    return { id };
  });
}
