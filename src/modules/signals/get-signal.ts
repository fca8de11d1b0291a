import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { foodCategories, orgUnits, samples, signalFollowUps, signalHistory, signals, signalUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { allowedSignalActions, type SignalStatus } from '../../domain/signals/lifecycle.js';
import type { SignalMethod } from '../../domain/signals/rules.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { listColumns } from './list-signals.js';
import { signalReadable, signalWorkable } from './signal-scope.js';
import { outer } from '../../db/outer-column.js';

/** The signal if the user reads it, else 404 (another city's signal does not exist for them). */
export async function readableSignal(db: Executor, user: SessionUser, id: string) {
  const [row] = await db.select().from(signals).where(and(eq(signals.id, id), signalReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** Whether the user may review and follow the signal up: its routed line or 抽检监测处, with `signal.review`. */
export async function mayWork(db: Executor, user: SessionUser, id: string): Promise<boolean> {
  if (!can(user.roles, 'signal.review')) return false;
  const [row] = await db.select({ id: signals.id }).from(signals).where(and(eq(signals.id, id), signalWorkable(user))).limit(1);
  return Boolean(row);
}

export async function getSignal(db: Db, user: SessionUser, id: string) {
  await readableSignal(db, user, id);
  const [row] = await db
    .select({ ...listColumns, explanation: signals.explanation, subject: signals.subject, decisionReason: signals.decisionReason, decidedAt: signals.decidedAt, version: signals.version, sampleIds: signals.sampleIds })
    .from(signals)
    .leftJoin(foodCategories, eq(foodCategories.id, signals.categoryId))
    .where(eq(signals.id, id));
  const [units, history, followUps, behind] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, regionCode: orgUnits.regionCode })
      .from(signalUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, signalUnits.unitId))
      .where(eq(signalUnits.signalId, id))
      .orderBy(orgUnits.path),
    db.select().from(signalHistory).where(eq(signalHistory.signalId, id)).orderBy(desc(signalHistory.seenAt)).limit(50),
    db
      .select({ kind: signalFollowUps.kind, refId: signalFollowUps.refId, unitName: orgUnits.name, createdAt: signalFollowUps.createdAt })
      .from(signalFollowUps)
      .innerJoin(orgUnits, eq(orgUnits.id, signalFollowUps.unitId))
      .where(eq(signalFollowUps.signalId, id))
      .orderBy(desc(signalFollowUps.createdAt)),
    row.sampleIds.length
      ? db
          .select({
            id: samples.id,
            sampleNo: samples.sampleNo,
            foodName: samples.foodName,
            samplingDate: samples.samplingDate,
            regionCode: samples.regionCode,
            sampledPartyName: samples.sampledPartyName,
            nominalProducerName: samples.nominalProducerName,
            conclusion: samples.conclusion,
            failedItems: sql<string[]>`coalesce((SELECT jsonb_agg(DISTINCT ri.item_name) FROM result_items ri WHERE ri.sample_id = ${outer(samples.id)} AND ri.effective AND ri.judgement <> 'qualified'), '[]'::jsonb)`,
          })
          .from(samples)
          // Only the samples the reader may open: a city reading a provincial signal sees its own.
          .where(and(inArray(samples.id, row.sampleIds), sampleInScope(user)))
          .orderBy(desc(samples.samplingDate), samples.sampleNo)
      : Promise.resolve([]),
  ]);
  const work = await mayWork(db, user, id);
  const { sampleIds: _ids, ...rest } = row;
  void _ids;
  return {
    ...rest,
    method: row.method as SignalMethod,
    status: row.status as SignalStatus,
    units,
    samples: behind,
    history,
    followUps,
    actions: work ? allowedSignalActions(row.status as SignalStatus) : [],
  };
}
