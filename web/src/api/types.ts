/**
 * Reply shapes of the JSON API, as the web reads them. Times are ISO 8601 strings. Types of modules
 * with a contract are re-exported from src/contracts/ (the server checks its replies against them).
 */

export type { Page, UnitRef } from '@contracts/common';
export type { LoginReply, Me } from '@contracts/access';
export type { WorkItem, WorkItemCounts, WorkItemLink, WorkItemPage, WorkItemView, KindCount } from '@contracts/work-items';
export type { AuditEntry, AuditVerifyReply, Duty, OrgUnit, OrgUnitDetail, PermissionInfo, RoleInfo, RolesReply, UserRow } from '@contracts/access';

import type { JobState } from '@contracts/imports';
export type { JobState } from '@contracts/imports';

export interface JobStatus {
  status: JobState;
  /** Percent complete, 0–100. */
  progress: number;
  /** Why a failed job failed. */
  error?: string | null;
}
