import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { assessmentIndicators, assessmentResults } from '../../db/schema/index.js';
import { indicatorDefaults, type AssessedKind } from '../../domain/assessment/defaults.js';
import type { Direction } from '../../domain/assessment/scoring.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { managesAssessment } from './assessment-scope.js';
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
    const { version, ...fields } = change;
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
  code: string;
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
  return db.transaction(async (tx) => {
    await assertEditable(tx, user, year);
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${assessmentIndicators.sortOrder}), 0)::int + 1` }).from(assessmentIndicators).where(eq(assessmentIndicators.year, year));
    const [row] = await tx
      .insert(assessmentIndicators)
      .values({ id: randomUUID(), year, ...input, params: input.params ?? {}, measure: computation.measure, sortOrder: next, updatedByUserId: user.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new DomainError('VALIDATION_FAILED', { code: '本年度已有该编码的指标' });
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentIndicator.create', entityType: 'assessmentIndicator', entityId: row.id, after: row });
    return row;
  });
}
