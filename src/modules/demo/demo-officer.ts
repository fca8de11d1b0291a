import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { scopeOf } from '../../domain/scope.js';
import { stableId } from '../../domain/stable-id.js';
import type { SessionUser } from '../access/actor.js';

/**
 * A stand-in official of a unit, so demo data is made by the real use cases (with their
 * validation, work items and audit rows) rather than by writing tables directly. Audited as
 * "demo:<unit>"; it is never a stored account and cannot sign in.
 */
export async function demoOfficer(db: Executor, unitId: string, roles: string[]): Promise<SessionUser> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  const scopeUnit = { id: unit.id, name: unit.name, kind: unit.kind, regionCode: unit.regionCode, path: unit.path, businesses: unit.businesses };
  return {
    // One stand-in per unit: checks that compare people (no one reviews their own proposal) hold for the demo too.
    id: stableId(`demo:officer:${unit.id}`),
    username: `demo:${unit.shortName ?? unit.name}`,
    displayName: `${unit.shortName ?? unit.name}（演示）`,
    unit: scopeUnit,
    roles,
    mustChangePassword: false,
    scope: scopeOf(scopeUnit),
    sessionId: 'demo',
    csrfToken: 'demo',
  };
}
