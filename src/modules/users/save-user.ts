import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { orgUnits, userRoles, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { isRole } from '../../domain/permissions.js';
import { reaches } from '../../domain/jurisdiction.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { generateInitialPassword, hashPassword } from '../auth/password-hash.js';
import { forgetCachedSessions, revokeUserSessions } from '../auth/sessions.js';
import { findUser } from './list-users.js';
import { userView } from './user-view.js';

export interface UserInput {
  username: string;
  displayName: string;
  unitId: string;
  roles: string[];
  phone?: string | null;
}

/** The unit must exist and lie inside the administrator's own scope (`jurisdiction.user.manage`). */
async function assertUnitInScope(tx: Tx, admin: SessionUser, unitId: string) {
  const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  if (!unit || !reaches(admin, 'user', 'manage', { units: { unit } })) {
    throw new DomainError('VALIDATION_FAILED', { unitId: '所属单位不存在或不在您的管理范围内' });
  }
}

function assertRoles(roles: string[]) {
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0) throw new DomainError('VALIDATION_FAILED', { roles: '至少选择一个角色' });
  if (unknown.length) throw new DomainError('VALIDATION_FAILED', { roles: `未知角色：${unknown.join('、')}` });
}

/** Creates an account with a generated initial password that must be changed at first login. */
export async function createUser(db: Db, admin: SessionUser, input: UserInput, ip: string | null) {
  assertRoles(input.roles);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const user = await db.transaction(async (tx) => {
    await assertUnitInScope(tx, admin, input.unitId);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
    if (existing) throw new DomainError('CONFLICT', { username: '用户名已被使用' });
    const [row] = await tx
      .insert(users)
      .values({
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        unitId: input.unitId,
        phone: input.phone ?? null,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: row.id, role })));
    const view = userView(row, input.roles);
    await recordAudit(tx, actorOf(admin, ip), { action: 'user.create', entityType: 'user', entityId: row.id, after: view });
    return view;
  });
  return { ...user, initialPassword };
}

/** Edits name, unit, roles or the active flag, with optimistic locking on `version`. */
export async function updateUser(
  db: Db,
  admin: SessionUser,
  id: string,
  input: Partial<Omit<UserInput, 'username'>> & { active?: boolean; version: number },
  ip: string | null,
) {
  if (input.roles) assertRoles(input.roles);
  const result = await db.transaction(async (tx) => {
    const { row, roles } = await findUser(tx, admin, id);
    if (input.unitId) await assertUnitInScope(tx, admin, input.unitId);
    if (id === admin.id && input.active === false) {
      throw new DomainError('VALIDATION_FAILED', { active: '不能停用自己的账号' });
    }
    // Separation of duties: nobody widens their own rights (an admin cannot make itself auditor).
    if (id === admin.id && input.roles && [...input.roles].sort().join() !== [...roles].sort().join()) {
      throw new DomainError('VALIDATION_FAILED', { roles: '不能修改自己的角色' });
    }
    const [updated] = await tx
      .update(users)
      .set({
        displayName: input.displayName ?? row.displayName,
        unitId: input.unitId ?? row.unitId,
        phone: input.phone === undefined ? row.phone : input.phone,
        active: input.active ?? row.active,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning();
    if (!updated) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: row.version });
    const newRoles = input.roles ?? roles;
    if (input.roles) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: id, role })));
    }
    // A changed unit, role set or a disabled account must not keep old sessions' rights.
    if (input.roles || (input.unitId && input.unitId !== row.unitId) || updated.active === false) {
      await revokeUserSessions(tx, id);
    }
    const after = userView(updated, newRoles);
    await recordAudit(tx, actorOf(admin, ip), {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: userView(row, roles),
      after,
    });
    return after;
  });
  // After the commit, so no lookup racing the transaction keeps the old unit, roles or state.
  forgetCachedSessions();
  return result;
}

/** Issues a new initial password (must be changed at next login) and ends the user's sessions. */
export async function resetUserPassword(db: Db, admin: SessionUser, id: string, ip: string | null) {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  if (id === admin.id) throw new DomainError('VALIDATION_FAILED', { id: '请通过“修改密码”修改自己的密码' });
  await db.transaction(async (tx) => {
    const { row } = await findUser(tx, admin, id);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, version: row.version + 1 })
      .where(eq(users.id, id));
    await revokeUserSessions(tx, id);
    await recordAudit(tx, actorOf(admin, ip), {
      action: 'user.resetPassword',
      entityType: 'user',
      entityId: id,
      after: { mustChangePassword: true },
    });
  });
  forgetCachedSessions();
  return { initialPassword };
}

export async function unlockUser(db: Db, admin: SessionUser, id: string, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, roles } = await findUser(tx, admin, id);
    const [updated] = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, version: row.version + 1 })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actorOf(admin, ip), {
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      before: { lockedUntil: row.lockedUntil },
      after: { lockedUntil: null },
    });
    return userView(updated, roles);
  });
}
