export interface RetestExclusionInput {
  /** The sample's result items as judged. */
  items: { itemName: string; judgement: string; microbiological: boolean }[];
  backupSampleExpired: boolean;
  /** Late: true, or the window's reason (checkApplicationWindow), which then is the text recorded. */
  late: boolean | string;
}

/**
 * Why a retest is not allowed (办法; SAMR 2018 notice), or null: no retest when a
 * microbiological item failed (the backup sample cannot reproduce a count), when the backup
 * sample has expired, or when the application is late. Every reason that applies is given, so
 * the record says all of them.
 */
export function retestExclusion(input: RetestExclusionInput): string | null {
  const reasons: string[] = [];
  const microbes = input.items.filter((i) => i.microbiological && i.judgement !== 'qualified').map((i) => `“${i.itemName}”`);
  if (microbes.length) reasons.push(`不合格项目${microbes.join('、')}为微生物指标，不予复检`);
  if (input.backupSampleExpired) reasons.push('备份样品已超过保质期，不予复检');
  if (input.late) reasons.push(typeof input.late === 'string' ? `${input.late}，不予复检` : '逾期提出复检申请，不予复检');
  return reasons.length ? reasons.join('；') : null;
}
