/**
 * Issue 17 §2, "never reject what a layout cannot carry": where a file has no column, or an empty
 * cell, for a field a rule needs — the accompanying officer of art. 23, the link (环节), the
 * sampling date — the import keeps the sample, records the flag's reason among its review reasons,
 * and routes a work item to the sample's owner bureau to supply the missing fact. The same for
 * every layout. This table is the one mechanism for all of them.
 *
 * One work item per sample and flag, with the sample as its subject (not one per import and
 * bureau): each item is completed by the action that supplies that sample's fact (recording the
 * officer, the link or the date) or by a later file that carries it, and never twice for the
 * same sample, however often a file is imported again. An item grouping an import's samples would
 * have no single action that completes it and would be opened again by every re-import.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { OFFICER_ITEM_KIND, OFFICER_MISSING } from './accompanying-officer.js';

/** Review reason of a sample imported without a link (stored as null, shown as 待确定). */
export const LINK_UNKNOWN = '环节（生产/流通/餐饮/网络）待确定：文件未注明且无法推断，请确定环节';
/** Review reason of a sample imported without a sampling date (recorded as the import day). */
export const SAMPLING_DATE_UNKNOWN = '抽样日期未知，按导入日期记录，请核实';

export const REVIEW_FLAGS = {
  officer: { reason: OFFICER_MISSING, kind: OFFICER_ITEM_KIND, title: '补录陪同执法人员' },
  link: { reason: LINK_UNKNOWN, kind: 'link_record', title: '确定环节' },
  samplingDate: { reason: SAMPLING_DATE_UNKNOWN, kind: 'sampling_date_record', title: '核实抽样日期' },
} as const;
export type ReviewFlag = keyof typeof REVIEW_FLAGS;
const FLAGS = Object.keys(REVIEW_FLAGS) as ReviewFlag[];

/** The flags among a sample's review reasons. */
export function flagsIn(reasons: readonly string[]): ReviewFlag[] {
  return FLAGS.filter((f) => reasons.includes(REVIEW_FLAGS[f].reason));
}

export interface FlagCheck {
  id: string;
  sampleNo: string;
  foodName: string;
  ownerUnitId: string;
  /** The flags the sample still carries after it was written. */
  flags: readonly ReviewFlag[];
}

export type FlagCounts = Record<ReviewFlag, number>;

/**
 * After samples were written: one open item per sample and flag it carries (never two), and the
 * open item of a flag the sample no longer carries (a corrected file) completed. Returns how many
 * items it opened, by flag.
 */
export async function syncReviewWorkItems(tx: Tx, actor: Actor, checked: FlagCheck[]): Promise<FlagCounts> {
  const opened: FlagCounts = { officer: 0, link: 0, samplingDate: 0 };
  if (checked.length === 0) return opened;
  const kinds = FLAGS.map((f) => REVIEW_FLAGS[f].kind);
  const open = await tx
    .select({ subjectId: workItems.subjectId, kind: workItems.kind })
    .from(workItems)
    .where(and(inArray(workItems.kind, kinds), eq(workItems.subjectType, 'sample'), eq(workItems.status, 'open'), inArray(workItems.subjectId, checked.map((c) => c.id))));
  const hasOpen = new Set(open.map((o) => `${o.subjectId}:${o.kind}`));
  const items = [];
  for (const c of checked) {
    for (const flag of FLAGS) {
      const { kind, title } = REVIEW_FLAGS[flag];
      const carries = c.flags.includes(flag);
      if (carries && !hasOpen.has(`${c.id}:${kind}`)) {
        opened[flag] += 1;
        items.push({ kind, title: `${title}：${c.foodName}（${c.sampleNo}）`, subjectType: 'sample', subjectId: c.id, ownerUnitId: c.ownerUnitId, links: [{ label: '抽样详情', href: `/samples/${c.id}` }] });
      } else if (!carries && hasOpen.has(`${c.id}:${kind}`)) {
        await closeSubjectWorkItems(tx, actor, { subjectType: 'sample', subjectId: c.id, kind }, 'done');
      }
    }
  }
  await createWorkItems(tx, actor, items);
  return opened;
}
