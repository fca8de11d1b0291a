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
 * The next number of a unit's document kind in a year, taken with a row lock (upsert … +1),
 * so two officers never get the same number. Rendered as 〔2026〕12号 after the unit prefix.
 */
export async function nextDocumentNo(tx: Tx, unitId: string, kind: string, when: Date): Promise<string> {
  const year = Number(toLocalDate(when).slice(0, 4));
  const [row] = await tx
    .insert(documentSequences)
    .values({ unitId, year, kind, last: 1 })
    .onConflictDoUpdate({ target: [documentSequences.unitId, documentSequences.year, documentSequences.kind], set: { last: sql`${documentSequences.last} + 1` } })
    .returning({ last: documentSequences.last });
  const [unit] = await tx.select({ shortName: orgUnits.shortName, regionCode: orgUnits.regionCode }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  const prefix = unit?.shortName ? `${unit.shortName.replace(/(市|县|区|州|自治州)$/, '')}市监` : '川市监';
  const code = (documentKinds as Record<string, { code: string }>)[kind]?.code ?? '';
  return `${prefix}${code}〔${year}〕${row.last}号`;
}
