import { isSichuanRegion } from '../org/jurisdiction.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';

/** The provincial division that owns a rule's escalations, by the rule's business. */
const SLUG_OF_BUSINESS: Record<string, string> = {
  production: 'production',
  distribution: 'distribution',
  catering: 'catering',
  special_food: 'special-food',
  online: 'online',
};

export function ownerDivisionFor(business: string): string {
  return unitIdForSlug(SLUG_OF_BUSINESS[business] ?? 'sampling');
}

/**
 * The city bureau that carries out an escalation: the 市（州）局 of the enterprise's region
 * (seed art. 7–9 have the divisions guide and supervise the city bureaus). An enterprise with
 * no Sichuan region stays with the bureau that owns its record.
 */
export function assignedBureauFor(enterprise: { regionCode: string | null; ownerUnitId: string }): string {
  const city = enterprise.regionCode ? `${enterprise.regionCode.slice(0, 4)}00` : null;
  return city && isSichuanRegion(city) ? unitIdForRegion(city) : enterprise.ownerUnitId;
}
