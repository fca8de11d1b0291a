import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

export interface CategoryChange {
  id: string;
  version: number;
  name?: string;
  active?: boolean;
  sortOrder?: number;
}

/**
 * Renames, reorders, or takes a category out of use (or back). A category in use keeps its
 * parent in use: deactivate children first, reactivate parents first, so that every active
 * category still has its 大类 (judging and the accompanied-sampling rule read it). Bumps
 * `version`, so the seed never overwrites the edit.
 */
export async function updateCategory(db: Db, user: SessionUser, input: CategoryChange, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(foodCategories).where(eq(foodCategories.id, input.id)).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'foodCategory', id: input.id });
    if (input.name !== undefined && input.name !== before.name) {
      const siblings = before.parentId === null ? eq(foodCategories.level, 1) : eq(foodCategories.parentId, before.parentId);
      const [taken] = await tx
        .select({ id: foodCategories.id })
        .from(foodCategories)
        .where(and(siblings, eq(foodCategories.name, input.name), ne(foodCategories.id, before.id)))
        .limit(1);
      if (taken) throw new DomainError('CONFLICT', { name: '同一上级分类下已有此名称' });
    }
    if (input.active === false && before.active) {
      const [child] = await tx
        .select({ id: foodCategories.id })
        .from(foodCategories)
        .where(and(eq(foodCategories.parentId, before.id), eq(foodCategories.active, true)))
        .limit(1);
      if (child) throw new DomainError('INVALID_STATE', { active: '请先停用其下级分类' });
    }
    if (input.active === true && !before.active && before.parentId) {
      const [parent] = await tx.select({ active: foodCategories.active }).from(foodCategories).where(eq(foodCategories.id, before.parentId)).limit(1);
      if (parent && !parent.active) throw new DomainError('INVALID_STATE', { active: '上级分类已停用，请先启用上级分类' });
    }
    const [after] = await tx
      .update(foodCategories)
      .set({
        name: input.name ?? before.name,
        active: input.active ?? before.active,
        sortOrder: input.sortOrder ?? before.sortOrder,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(foodCategories.id, input.id), eq(foodCategories.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    await recordAudit(tx, actorOf(user, ip), { action: 'catalogue.updateCategory', entityType: 'foodCategory', entityId: after.id, before, after });
    return after;
  });
}
