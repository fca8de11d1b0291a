/**
 * The accompanied-sampling rule of 《食品安全“监检联动”工作规范》 art. 23 (seed rule): sampling of
 * 食用农产品 and 进口冷链食品 organised by market regulation is accompanied by an enforcement
 * officer. Entry by hand refuses a sample without one. Imported files often cannot say
 * (published notices have no such column): the sample is kept, flagged for review, and its owner
 * bureau (the county of the sampled party, as for disposals) gets a work item to record the
 * officer. Recording the officer (record-accompanying-officer.ts) completes the item; nothing
 * else does, so the gap stays visible until someone fills it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';

/** The review reason an import records; recording the officer removes it. */
export const OFFICER_MISSING = '未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）';
export const OFFICER_ITEM_KIND = 'accompaniment_record';

export interface OfficerCheck {
  id: string;
  sampleNo: string;
  foodName: string;
  ownerUnitId: string;
  /** The sample still lacks a required officer. */
  missing: boolean;
}

/**
 * After samples were written: one open item per sample still missing its officer (never two),
 * and the open item of a sample that now has one (a corrected file) completed. Returns how many
 * items it opened.
 */
export async function syncOfficerWorkItems(tx: Tx, actor: Actor, checked: OfficerCheck[]): Promise<number> {
  if (checked.length === 0) return 0;
  const open = await tx
    .select({ subjectId: workItems.subjectId })
    .from(workItems)
    .where(
      and(
        eq(workItems.kind, OFFICER_ITEM_KIND),
        eq(workItems.subjectType, 'sample'),
        eq(workItems.status, 'open'),
        inArray(workItems.subjectId, checked.map((c) => c.id)),
      ),
    );
  const hasOpen = new Set(open.map((o) => o.subjectId));
  const toOpen = checked.filter((c) => c.missing && !hasOpen.has(c.id));
  await createWorkItems(
    tx,
    actor,
    toOpen.map((c) => ({
      kind: OFFICER_ITEM_KIND,
      title: `补录陪同执法人员：${c.foodName}（${c.sampleNo}）`,
      subjectType: 'sample',
      subjectId: c.id,
      ownerUnitId: c.ownerUnitId,
      links: [{ label: '抽样详情', href: `/samples/${c.id}` }],
    })),
  );
  for (const c of checked.filter((x) => !x.missing && hasOpen.has(x.id))) {
    await closeSubjectWorkItems(tx, actor, { subjectType: 'sample', subjectId: c.id, kind: OFFICER_ITEM_KIND }, 'done');
  }
  return toOpen.length;
}
