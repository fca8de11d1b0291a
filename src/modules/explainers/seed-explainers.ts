import { stableId } from '../../domain/stable-id.js';
import type { Db } from '../../db/client.js';
import { explainers } from '../../db/schema/index.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { seededExplainers } from './explainer-texts.js';

/** Loads the explainer drafts once (idempotent): an explainer already there, edited or not, is kept. */
export async function seedExplainers(db: Db): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(explainers)
      .values(seededExplainers.map((e) => ({ id: stableId(`explainer:${e.itemName}`), ...e, reviewStatus: 'draft', reviewerNote: '初稿，待四川省食品检验研究院审核' })))
      .onConflictDoNothing()
      .returning({ id: explainers.id, itemName: explainers.itemName });
    if (rows.length) await recordAudit(tx, systemActor, { action: 'explainer.seed', entityType: 'explainer', entityId: null, after: { items: rows.map((r) => r.itemName) } });
    return { explainers: rows.length };
  });
}
