import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposals, orgUnits, reconciliationChecks, reconciliations } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { ledgerConditions } from '../ledger/ledger-filter.js';
import { drawSample } from './draw-sample.js';
import { RECONCILING_UNIT_KINDS } from './reconciliation-scope.js';

export interface StartReconciliationInput {
  unitId: string;
  periodFrom: string;
  periodTo: string;
  mode: 'all' | 'random';
  sampleSize?: number;
}

const BUREAUS = ['province_bureau', 'city_bureau', 'county_bureau'];

/**
 * Starts a reconciliation (对账检查) of a bureau's ledger for a period: the disposals of its
 * subtree opened in the period (as the ledger has them, within the checker's own disposal scope)
 * are all checked, or a uniform random sample of them. The draw is recorded on the row (population
 * size and the random values) and in the audit row, with the population in the order drawn from,
 * so anyone can replay it. One check row per disposal drawn.
 */
export async function startReconciliation(db: Db, user: SessionUser, input: StartReconciliationInput, ip: string | null, now = new Date()) {
  if (!RECONCILING_UNIT_KINDS.includes(user.unit.kind)) {
    throw new DomainError('RECONCILIATION_UNITS_ONLY', { unit: user.unit.kind });
  }
  if (input.mode === 'random' && !input.sampleSize) throw new DomainError('VALIDATION_FAILED', { sampleSize: '随机抽取时请填写抽取数量' });
  return db.transaction(async (tx) => {
    const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, input.unitId)).limit(1);
    if (!unit) throw new DomainError('NOT_FOUND', { entity: 'orgUnit', id: input.unitId });
    if (!BUREAUS.includes(unit.kind)) throw new DomainError('VALIDATION_FAILED', { unitId: '请选择承办核查处置的市场监管局' });
    const population = await tx
      .select({ id: disposals.id })
      .from(disposals)
      .where(ledgerConditions(user, { ownerUnitId: unit.id, periodFrom: input.periodFrom, periodTo: input.periodTo }, now))
      .orderBy(asc(disposals.openedAt), asc(disposals.id));
    if (population.length === 0) {
      throw new DomainError(
        'RECONCILIATION_NOTHING_TO_CHECK',
        { periodTo: '该期间没有可对账的核查处置' },
        { unit: unit.name, from: input.periodFrom, to: input.periodTo },
      );
    }
    const ids = population.map((d) => d.id);
    const draw = input.mode === 'random' ? drawSample(ids, input.sampleSize!) : null;
    const selected = draw ? draw.selected : ids;
    const [row] = await tx
      .insert(reconciliations)
      .values({
        id: randomUUID(),
        unitId: unit.id,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        mode: input.mode,
        sampleSize: input.mode === 'random' ? input.sampleSize! : null,
        // The random values, comma-separated: with the population ordered by (opened_at, id) they replay the draw.
        draw: draw ? { random: draw.values.join(','), population: ids.length } : null,
        status: 'open',
        createdByUserId: user.id,
        createdByUnitId: user.unit.id,
        createdAt: now,
      })
      .returning();
    const checks = selected.map((disposalId) => ({ id: randomUUID(), reconciliationId: row.id, disposalId }));
    for (let i = 0; i < checks.length; i += 5000) await tx.insert(reconciliationChecks).values(checks.slice(i, i + 5000));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'reconciliation.start',
      entityType: 'reconciliation',
      entityId: row.id,
      after: {
        ...row,
        unitName: unit.name,
        checks: checks.length,
        drawRecord: draw
          ? { method: 'crypto.randomInt partial Fisher-Yates over the population ordered by (opened_at, id)', population: ids, values: draw.values, selected }
          : { method: 'all', population: ids },
      },
    });
    return { ...row, unitName: unit.name, checks: checks.length };
  });
}
