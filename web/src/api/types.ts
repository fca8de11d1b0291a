/**
 * Reply shapes of the JSON API, as the web reads them. Times are ISO 8601 strings. Types of modules
 * with a contract are re-exported from src/contracts/ (the server checks its replies against them).
 */

import type { UnitRef } from '@contracts/common';
export type { Page, UnitRef } from '@contracts/common';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unit: UnitRef;
  roles: string[];
  permissions: string[];
  menu: string[];
  mustChangePassword: boolean;
  csrfToken: string;
}

export interface LoginReply {
  user: Me;
  csrfToken: string;
}

export type { WorkItem, WorkItemCounts, WorkItemLink, WorkItemPage, WorkItemView, KindCount } from '@contracts/work-items';

export interface OrgUnit {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  kindName: string;
  regionCode: string | null;
  parentId: string | null;
  slug: string;
}

export interface Duty {
  article: string;
  text: string;
}

export interface OrgUnitDetail extends OrgUnit {
  duties: Duty[];
  parentName: string | null;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: string[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface RoleInfo {
  code: string;
  name: string;
  description: string;
  permissions: string[];
}

export interface PermissionInfo {
  code: string;
  name: string;
}

export interface RolesReply {
  roles: RoleInfo[];
  permissions: PermissionInfo[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorUsername: string | null;
  /** Who acted, by name (系统 for jobs). */
  actorName: string;
  action: string;
  actionName: string;
  entityType: string;
  entityTypeName: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  hash: string;
}

export interface AuditVerifyReply {
  ok: boolean;
  checked: number;
  firstBreak: { seq: number; reason: string } | null;
}

import type { JobState } from '@contracts/imports';
export type { JobState } from '@contracts/imports';

export interface JobStatus {
  status: JobState;
  /** Percent complete, 0–100. */
  progress: number;
  /** Why a failed job failed. */
  error?: string | null;
}
