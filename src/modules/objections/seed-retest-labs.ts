/*
 * 复检机构名录 (retest labs) — A STARTING LIST ONLY.
 * The legal list is the one SAMR (国家市场监督管理总局) publishes and updates (食品复检机构名录,
 * 食品安全法 art. 88; 办法 art. 32). Before production, replace these rows with the currently
 * published list for the labs that may retest Sichuan's samples, and deactivate (active = false)
 * any lab the list no longer holds. Names must be written exactly as published.
 */
import type { Db } from '../../db/client.js';
import { retestLabs } from '../../db/schema/index.js';
import { stableId } from '../../domain/stable-id.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

export const retestLabData: { name: string; scope: string }[] = [
  { name: '四川省食品检验研究院', scope: '食品、食品添加剂、保健食品（四川）' },
  { name: '国家食品质量检验检测中心（四川）', scope: '食品、食品添加剂（四川）' },
  { name: '四川省产品质量监督检验检测院', scope: '食品、食品相关产品（四川）' },
  { name: '成都市食品药品检验研究院', scope: '食品、保健食品（四川成都）' },
  { name: '绵阳市食品药品检验所', scope: '食品（四川绵阳）' },
  { name: '重庆市食品药品检验检测研究院', scope: '食品、保健食品（重庆）' },
  { name: '贵州省产品质量检验检测院', scope: '食品、食品相关产品（贵州）' },
];

export const retestLabIdFor = (name: string) => stableId(`retestLab:${name}`);

/**
 * Inserts the labs that are missing (ids from the name: the same on every installation).
 * Never overwrites a row, so a lab deactivated in the database stays deactivated.
 */
export async function seedRetestLabs(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = retestLabData.map((lab) => ({ id: retestLabIdFor(lab.name), name: lab.name, scope: lab.scope, active: true }));
    const inserted = await tx.insert(retestLabs).values(rows).onConflictDoNothing().returning({ id: retestLabs.id, name: retestLabs.name });
    if (inserted.length) {
      await recordAudit(tx, systemActor, { action: 'retestLab.seed', entityType: 'retestLab', after: { labs: inserted } });
    }
    return inserted.length;
  });
}
