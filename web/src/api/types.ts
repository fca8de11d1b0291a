/** Reply shapes of the JSON API, as the web reads them. Times are ISO 8601 strings. */

export interface Page<T> {
  items: T[];
  total: number;
  /** Set by lists that stop counting (samples: at 10 000). */
  totalCapped?: boolean;
}

export interface UnitRef {
  id: string;
  name: string;
  kind: string;
  regionCode: string | null;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unit: UnitRef;
  roles: string[];
  permissions: string[];
  menu: string[];
  /** The page buttons offered to the user (src/domain/capabilities.ts). */
  capabilities: string[];
  mustChangePassword: boolean;
  csrfToken: string;
}

export interface LoginReply {
  user: Me;
  csrfToken: string;
}

export interface WorkItemLink {
  label: string;
  href: string;
}

export interface WorkItem {
  id: string;
  kind: string;
  kindName?: string;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  ownerUnitId: string;
  ownerUnitName: string;
  assigneeUserId: string | null;
  assigneeName: string | null;
  dueAt: string | null;
  status: 'open' | 'done' | string;
  overdue: boolean;
  links: WorkItemLink[];
  version: number;
  actions: string[];
}

export interface KindCount {
  kind: string;
  kindName?: string;
  count: number;
}

export interface WorkItemCounts {
  open: number;
  overdue: number;
  dueToday: number;
  byKind: KindCount[];
}

export interface WorkItemPage extends Page<WorkItem> {
  counts: WorkItemCounts;
  /** Optional map kind → Chinese name, when the server sends it. */
  kindNames?: Record<string, string>;
}

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

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobStatus {
  status: JobState;
  /** Percent complete, 0–100. */
  progress: number;
  /** Why a failed job failed. */
  error?: string | null;
}
