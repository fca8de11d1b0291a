import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** 大类 → 亚类 → 品种 → 细类. */
export const MAX_CATEGORY_LEVEL = 4;

/**
 * Adds a category under an existing one (the 33 大类 are fixed by the rules): one level deeper,
 * at most four, with the parent's 大类 as root and a name unique among its siblings.
 */
export async function createCategory(db: Db, user: SessionUser, input: { parentId: string; name: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const [parent] = await tx.select().from(foodCategories).where(eq(foodCategories.id, input.parentId)).limit(1);
    if (!parent) throw new DomainError('VALIDATION_FAILED', { parentId: '上级分类不存在' });
    if (parent.level >= MAX_CATEGORY_LEVEL) throw new DomainError('VALIDATION_FAILED', { parentId: '食品分类最多四级（大类、亚类、品种、细类）' });
    if (!parent.active) throw new DomainError('VALIDATION_FAILED', { parentId: '上级分类已停用' });
    const [{ next }] = await tx
      .select({ next: sql<number>`(coalesce(max(${foodCategories.sortOrder}), -1) + 1)::int` })
      .from(foodCategories)
      .where(eq(foodCategories.parentId, parent.id));
    const [row] = await tx
      .insert(foodCategories)
      .values({ id: randomUUID(), parentId: parent.id, level: parent.level + 1, name: input.name, rootId: parent.rootId, sortOrder: next })
      // The unique (parent, name) index decides, also between two administrators at once.
      .onConflictDoNothing({ target: [foodCategories.parentId, foodCategories.name] })
      .returning();
    if (!row) throw new DomainError('CONFLICT', { name: '同一上级分类下已有此名称' });
    await recordAudit(tx, actorOf(user, ip), { action: 'catalogue.createCategory', entityType: 'foodCategory', entityId: row.id, after: row });
    return row;
  });
}
