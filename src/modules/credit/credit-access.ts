import { CREDIT_BUSINESS, mayManageCredit } from '../../domain/credit/credit-rules.js';
import type { PublicationKind } from '../../domain/credit/credit-kinds.js';
import { DomainError } from '../../domain/errors.js';
import { permissionsOf } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';

/** Whether the user may approve and send to the national system (the Credit Division). */
export function isCreditDivision(user: SessionUser): boolean {
  return mayManageCredit({ permissions: permissionsOf(user.roles), businesses: user.unit.businesses });
}

/** Whether the user prepares the unqualified results for it (抽检监测处, seed art. 11(6)). */
export function isSamplingDivision(user: SessionUser): boolean {
  return permissionsOf(user.roles).includes('credit.manage') && user.unit.businesses.includes('sampling');
}

/**
 * Who collects which records (seed art. 11(6), 13): 抽检监测处 prepares the unqualified sampling
 * results and 信用处 approves and sends them; 信用处 collects the penalties and the
 * seriously-dishonest list itself. Null for anyone else.
 */
export function collectorOf(user: SessionUser): { role: 'credit' | 'sampling'; kinds: PublicationKind[] } | null {
  if (isCreditDivision(user)) return { role: 'credit', kinds: ['penalty', 'dishonest', 'dishonest_removal'] };
  if (isSamplingDivision(user)) return { role: 'sampling', kinds: ['unqualified'] };
  return null;
}

/** The guard of the collection: 403 with the reason for anyone but the two divisions. */
export function assertCollector(user: SessionUser) {
  const collector = collectorOf(user);
  if (!collector) {
    throw new DomainError('CREDIT_COLLECTION_UNITS_ONLY', { permission: 'credit.manage', business: CREDIT_BUSINESS });
  }
  return collector;
}

/** The guard of sending: only 信用处 approves and sends. */
export function assertCreditDivision(user: SessionUser): void {
  if (!isCreditDivision(user)) {
    throw new DomainError('CREDIT_REPORTING_CREDIT_DIVISION_ONLY', { permission: 'credit.manage', business: CREDIT_BUSINESS });
  }
}
