/**
 * Reply contracts of the access modules: sign-in and /api/me (auth), users and roles, the
 * organisation (org units), the audit log, and the health check.
 */
import { z } from 'zod';
import { pageOf, timestamp, unitRef } from './common.js';

/** The signed-in user: who, where, what they may do and see. */
export const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unit: unitRef,
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  menu: z.array(z.string()),
  /** The page buttons offered to the user (src/domain/capabilities.ts). */
  capabilities: z.array(z.string()),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

export const loginReply = z.object({ user: me, csrfToken: z.string() });
export type LoginReply = z.infer<typeof loginReply>;

/** A user as may leave the server (never the password hash). */
export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: timestamp.nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: timestamp.nullable(),
  phone: z.string().nullable(),
  version: z.number(),
});
export type UserView = z.infer<typeof userView>;

/** A row of the users list: the user with the unit's name. */
export const userRow = userView.extend({ unitName: z.string() });
export type UserRow = z.infer<typeof userRow>;
export const userPage = pageOf(userRow);

/** A new account or a reset password: the one-time initial password, shown once. */
export const initialPasswordReply = z.object({ initialPassword: z.string() });
export type InitialPasswordReply = z.infer<typeof initialPasswordReply>;
export const createdUser = userView.extend({ initialPassword: z.string() });

export const roleInfo = z.object({ code: z.string(), name: z.string(), description: z.string(), permissions: z.array(z.string()) });
export type RoleInfo = z.infer<typeof roleInfo>;
export const permissionInfo = z.object({ code: z.string(), name: z.string() });
export type PermissionInfo = z.infer<typeof permissionInfo>;
export const rolesReply = z.object({ roles: z.array(roleInfo), permissions: z.array(permissionInfo) });
export type RolesReply = z.infer<typeof rolesReply>;

export const orgUnit = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  kindName: z.string(),
  regionCode: z.string().nullable(),
  parentId: z.string().nullable(),
  /** null when the unit has none. */
  slug: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof orgUnit>;
export const orgUnitList = z.array(orgUnit);

export const duty = z.object({ article: z.string(), text: z.string() });
export type Duty = z.infer<typeof duty>;
export const orgUnitDetail = orgUnit.extend({ parentName: z.string().nullable(), businesses: z.array(z.string()), duties: z.array(duty) });
export type OrgUnitDetail = z.infer<typeof orgUnitDetail>;

export const auditEntry = z.object({
  seq: z.number(),
  at: timestamp,
  actorUsername: z.string().nullable(),
  /** Who acted, by name (系统 for jobs). */
  actorName: z.string(),
  action: z.string(),
  actionName: z.string(),
  entityType: z.string(),
  entityTypeName: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditPage = pageOf(auditEntry);

export const auditVerifyReply = z.object({ ok: z.boolean(), checked: z.number(), firstBreak: z.object({ seq: z.number(), reason: z.string() }).nullable() });
export type AuditVerifyReply = z.infer<typeof auditVerifyReply>;

/** 503 answers { status: 'unavailable', database: 'unreachable' } (not checked: only 2xx replies are). */
export const healthReply = z.object({ status: z.string(), database: z.string().optional() });
