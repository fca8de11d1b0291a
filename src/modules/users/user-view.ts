import type { users } from '../../db/schema/index.js';

type UserRow = typeof users.$inferSelect;

/** What may leave the server (and enter the audit log) of a user: never the password hash. */
export function userView(row: UserRow, roles: string[], now = new Date()) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    roles: [...roles].sort(),
    active: row.active,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    lockedUntil: row.lockedUntil,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt,
    phone: row.phone,
    version: row.version,
  };
}
