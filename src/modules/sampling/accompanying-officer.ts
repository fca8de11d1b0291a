/**
 * The accompanied-sampling rule of 《食品安全“监检联动”工作规范》 art. 23 (seed rule): sampling of
 * 食用农产品 and 进口冷链食品 organised by market regulation is accompanied by an enforcement
 * officer. Entry by hand refuses a sample without one. Imported files often cannot say
 * (published notices have no such column): the sample is kept, flagged for review, and its owner
 * bureau (the county of the sampled party, as for disposals) gets a work item to record the
 * officer. Recording the officer (record-accompanying-officer.ts), or a later file that names
 * one, completes the item; nothing else does, so the gap stays visible until someone fills it.
 * The item is opened by the import's review-flag mechanism (review-flags.ts), shared with the
 * unknown link and sampling date.
 */
/** The review reason an import records; recording the officer removes it. */
export const OFFICER_MISSING = '未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）';
export const OFFICER_ITEM_KIND = 'accompaniment_record';
