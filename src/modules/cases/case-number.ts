import type { Tx } from '../../db/client.js';
import { documentNoPrefix, takeSequenceNumber } from '../documents/document-numbers.js';
import { organisationRows } from '../org/seed-organisation.js';

/** The document_sequences kind of 立案 numbers (one sequence per owner unit and year). */
export const CASE_NUMBER_KIND = 'caseFiling';

type Unit = { id: string; parentId: string | null; shortName: string; kind: string; regionCode: string | null };

let prefixes: Map<string, string> | null = null;

/**
 * The issuing part (机关代字) of each unit's case numbers. It is the documents' prefix
 * (documentNoPrefix), except where two units would share it — 市中区 of 内江 and of 乐山, 广安市
 * and 广安区, 阿坝州 and 阿坝县, 甘孜州 and 甘孜县 — because case numbers are unique across the
 * province (cases_case_no_key). Such a county then writes its city's place and its own full
 * name: 内江市中区市监, 广安广安区市监.
 */
export function caseNoPrefixes(units: readonly Unit[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const count = new Map<string, number>();
  for (const u of units) count.set(documentNoPrefix(u), (count.get(documentNoPrefix(u)) ?? 0) + 1);
  return new Map(
    units.map((u) => {
      const prefix = documentNoPrefix(u);
      if (u.kind !== 'county_bureau' || (count.get(prefix) ?? 0) < 2) return [u.id, prefix];
      const city = u.parentId ? byId.get(u.parentId) : undefined;
      return [u.id, `${city ? documentNoPrefix(city).replace(/市监$/, '') : ''}${u.shortName}市监`];
    }),
  );
}

/** Org units are reference data from code (seeded at every start), so the prefixes are computed once. */
export function caseNoPrefix(unitId: string): string {
  prefixes ??= caseNoPrefixes(organisationRows());
  return prefixes.get(unitId) ?? '川市监';
}

/**
 * The next 立案 number of the owner unit in the filing year, e.g. 成都市监立〔2026〕12号. The
 * sequence row is taken with an upsert (+1 under its row lock), so two officers filing at once
 * never get the same number.
 */
export async function nextCaseNo(tx: Tx, ownerUnitId: string, filedOn: string): Promise<string> {
  const year = Number(filedOn.slice(0, 4));
  const last = await takeSequenceNumber(tx, ownerUnitId, CASE_NUMBER_KIND, year);
  return `${caseNoPrefix(ownerUnitId)}立〔${year}〕${last}号`;
}
