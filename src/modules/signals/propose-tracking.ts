/**
 * 跟踪抽检 from a signal (seed art. 11(4)): a sampling suggestion for 抽检监测处, pre-filled with the
 * signal's category, region and failed items and a suggested quota, filed through the plans
 * module's own function (as a 321 meeting's follow-up does), in one transaction with the follow-up
 * row, the status change (新信号 → 研判中) and the audit row.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { signalFollowUps } from '../../db/schema/index.js';
import type { SignalStatus } from '../../domain/signals/lifecycle.js';
import { signalMethods, type SignalMethod } from '../../domain/signals/rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { createSuggestion } from '../plans/create-suggestion.js';
import { regionName } from '../plans/region-names.js';
import { rowsOf } from './gather.js';
import { loadForChange, setStatus } from './review-signal.js';

/** The quota an official starts from: three batches per failure found, at least 10, at most 200. */
export function suggestedQuota(observed: number): number {
  return Math.min(200, Math.max(10, Math.ceil(3 * observed)));
}

export async function proposeTracking(db: Db, user: SessionUser, id: string, input: { quota?: number; note?: string | null }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, to } = await loadForChange(tx, user, id, 'followUp');
    const statistic = row.statistic as Record<string, unknown>;
    const items = row.sampleIds.length
      ? (
          await rowsOf<{ name: string }>(
            tx,
            sql`SELECT DISTINCT item_name AS name FROM result_items WHERE effective AND judgement <> 'qualified' AND sample_id IN (${sql.join(row.sampleIds.map((s) => sql`${s}::uuid`), sql`, `)}) ORDER BY 1 LIMIT 20`,
          )
        ).map((r) => r.name)
      : [];
    const quota = input.quota ?? suggestedQuota(Number(statistic.observed ?? 0));
    // A regional signal names its region; a systemic one its first city (the suggestion takes one region).
    const cities = (statistic.cities as string[] | undefined) ?? [];
    const regionCode = row.regionCode ?? (cities.length === 1 ? cities[0] : null);
    const where = regionCode ? regionName(regionCode) : cities.length ? cities.map((c) => regionName(c) ?? c).join('、') : '全省';
    const content = [
      `风险信号（${signalMethods[row.method as SignalMethod]}）：${row.title}。`,
      `建议在${where}开展跟踪抽检，建议批次 ${quota} 批${items.length ? `，重点检验项目：${items.join('、')}` : ''}。`,
      input.note?.trim() ? `说明：${input.note.trim()}` : null,
      `依据：${row.explanation.split('\n')[1] ?? ''}`,
    ]
      .filter(Boolean)
      .join('\n');
    const suggestion = await createSuggestion(
      tx as unknown as Db,
      user,
      { kind: 'sampling', year: Number(now.toISOString().slice(0, 4)), title: `跟踪抽检建议：${row.title}`.slice(0, 200), content, categoryId: row.categoryId, regionCode },
      ip,
      now,
    );
    await tx.insert(signalFollowUps).values({ id: randomUUID(), signalId: id, kind: 'tracking', refId: suggestion.id, unitId: user.unit.id, createdByUserId: user.id, createdAt: now });
    const after = await setStatus(tx, id, to);
    await recordAudit(tx, actorOf(user, ip), { action: 'signal.proposeTracking', entityType: 'signal', entityId: id, before: { status: row.status }, after: { status: after.status, suggestionId: suggestion.id, quota, items, regionCode } });
    return { suggestionId: suggestion.id, status: after.status as SignalStatus };
  });
}
