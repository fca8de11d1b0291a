import { mayManageCredit } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { permissionsOf } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';

/** Whether the user may publish to the national system and keep the dishonest list (the Credit Division). */
export function isCreditDivision(user: SessionUser): boolean {
  return mayManageCredit({ permissions: permissionsOf(user.roles), businesses: user.unit.businesses });
}

/** The guard of every export and list change: 403 with the reason for anyone else. */
export function assertCreditDivision(user: SessionUser): void {
  if (!isCreditDivision(user)) {
    throw new DomainError('FORBIDDEN', { permission: 'credit.manage', business: 'credit' }, '信用信息归集公示和严重违法失信名单由省局信用监督管理处办理');
  }
}
