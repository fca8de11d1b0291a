import type { Executor } from '../../db/client.js';
import { notifiesLeadership, opinionLevels, type OpinionLevel } from '../../domain/opinion/opinion-rules.js';
import { notify } from '../notifications/notify.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { leadingGroupUnitIds } from '../risk-meetings/leading-group.js';

/**
 * A 较大 or 重大 event is told at once, in the transaction that records (or raises) it, to every
 * unit whose head sits in the leading group and to 协调处 (the group's office, seed arts. 6, 20,
 * 21). Once per event, level and unit (the dedupe key): raising 较大 to 重大 tells them again.
 */
export async function notifyLeadership(tx: Executor, event: { id: string; title: string; level: string }): Promise<string[]> {
  if (!notifiesLeadership(event.level)) return [];
  const units = [...new Set([...(await leadingGroupUnitIds(tx)), unitIdForSlug('coordination')])];
  const levelName = opinionLevels[event.level as OpinionLevel];
  await notify(
    tx,
    units.map((unitId) => ({
      unitId,
      kind: 'opinion' as const,
      title: `${levelName}舆情事件：${event.title}`,
      href: `/opinion/${event.id}`,
      dedupeKey: `opinion:${event.id}:${event.level}:${unitId}`,
    })),
  );
  return units;
}
