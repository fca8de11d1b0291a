import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { documentSequences, orgUnits } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { toLocalDate } from '../../domain/time.js';

/** Document kinds and the character used in their numbers (川…监X〔年〕N号). */
export const documentKinds = {
  resultNotice: { code: '抽通', name: '检验结果通知书' },
  assistRequest: { code: '协', name: '协查函' },
  extension: { code: '延', name: '延期审批表' },
  supervision: { code: '督', name: '督办函' },
} as const;
export type DocumentKind = keyof typeof documentKinds;

/**
 * The next number of a unit's sequence of `kind` in `year` (1, 2, …): taken with an upsert (+1
 * under its row lock), so two officers issuing at once never get the same number. Documents and
 * case filings (立案) number through it.
 */
export async function takeSequenceNumber(tx: Tx, unitId: string, kind: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(documentSequences)
    .values({ unitId, year, kind, last: 1 })
    .onConflictDoUpdate({ target: [documentSequences.unitId, documentSequences.year, documentSequences.kind], set: { last: sql`${documentSequences.last} + 1` } })
    .returning({ last: documentSequences.last });
  return row.last;
}

/**
 * The next number of a unit's document kind in a year, taken with a row lock (upsert … +1),
 * so two officers never get the same number. Rendered as 〔2026〕12号 after the unit prefix.
 */
export async function nextDocumentNo(tx: Tx, unitId: string, kind: string, when: Date): Promise<string> {
  const year = Number(toLocalDate(when).slice(0, 4));
  const last = await takeSequenceNumber(tx, unitId, kind, year);
  const [unit] = await tx.select({ shortName: orgUnits.shortName, regionCode: orgUnits.regionCode }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  const code = (documentKinds as Record<string, { code: string }>)[kind]?.code ?? '';
  return `${documentNoPrefix(unit ?? { shortName: null, regionCode: null })}${code}〔${year}〕${last}号`;
}

const PROVINCE_CODE = '510000';

/**
 * The issuing part of a number (机关代字): 武侯区 → 武侯市监, 阿坝藏族羌族自治州 → 阿坝市监; the
 * province bureau → 川市监; a provincial division (no region code) adds its first character,
 * so that two divisions never issue the same number (抽检监测处 → 川市监抽).
 */
export function documentNoPrefix(unit: { shortName: string | null; regionCode: string | null }): string {
  if (!unit.shortName || unit.regionCode === PROVINCE_CODE) return '川市监';
  if (!unit.regionCode) return `川市监${unit.shortName.slice(0, 1)}`;
  const place = unit.shortName.replace(/(?:藏族|羌族|彝族|土家族|苗族|蒙古族|回族)+自治(?:州|县)$/, '').replace(/(市|县|区|州)$/, '');
  return `${place}市监`;
}
