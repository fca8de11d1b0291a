/**
 * Where a signal goes (issue 12 §2): the division of its link — the link where most of its
 * failed samples were taken, when the method has no link of its own — 特殊食品处 for the special
 * foods, and the bureaus of the regions concerned. The units above a routed bureau read it through
 * their subtree; 抽检监测处 reads every signal (jurisdiction `signal`).
 */
import { SPECIAL_FOOD_ROOTS } from '../../domain/jurisdiction.js';
import { PROVINCE_CODE } from '../../domain/signals/evaluate.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';
import { unitIdForSlug } from '../org/seed-organisation.js';

const divisionOfLink: Record<string, string> = { production: 'production', distribution: 'distribution', catering: 'catering', online: 'online' };

/** The most frequent link among the samples (ties: the first seen). */
export function mainLink(links: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const l of links) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: string | null = null;
  for (const [l, n] of counts) if (best === null || n > counts.get(best)!) best = l;
  return best;
}

export function routeUnits(input: { link: string | null; categoryRootName: string | null; regionCodes: readonly string[] }): string[] {
  const units = new Set<string>();
  if (input.link && divisionOfLink[input.link]) units.add(unitIdForSlug(divisionOfLink[input.link]));
  if (input.categoryRootName && (SPECIAL_FOOD_ROOTS as readonly string[]).includes(input.categoryRootName)) units.add(unitIdForSlug('special-food'));
  for (const code of input.regionCodes) if (code && code !== PROVINCE_CODE) units.add(ownerUnitForRegion(code));
  // Without a link or a region, the hub of risk analysis owns it.
  if (units.size === 0) units.add(unitIdForSlug('sampling'));
  return [...units];
}
