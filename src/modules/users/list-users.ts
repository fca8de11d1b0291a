import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import type { Page } from '../../http/paging.js';
import { userView } from './user-view.js';
import { outer } from '../../db/outer-column.js';

const rolesOf = sql<string[]>`coalesce((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_roles ur WHERE ur.user_id = ${outer(users.id)}), '{}')`;

export async function listUsers(db: Executor, viewer: SessionUser, filter: { q?: string; unitId?: string }, page: Page) {
  const conditions: SQL[] = [jurisdictionSql(viewer, 'user', 'see')];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern))!);
  }
  if (filter.unitId) conditions.push(eq(users.unitId, filter.unitId));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ user: users, unitName: orgUnits.name, roles: rolesOf })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .where(where)
      .orderBy(asc(orgUnits.sortOrder), asc(users.username))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items: rows.map((r) => ({ ...userView(r.user, r.roles ?? []), unitName: r.unitName })), total };
}

/** One user, through the viewer's scope; outside it the user does not exist (404). */
export async function findUser(db: Executor, viewer: SessionUser, id: string) {
  const [row] = await db
    .select({ user: users, roles: rolesOf })
    .from(users)
    .where(and(eq(users.id, id), jurisdictionSql(viewer, 'user', 'see')))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'user', id });
  return { row: row.user, roles: row.roles ?? [] };
}

