import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories } from '../../db/schema/index.js';

/** Every food category (in use or not), flat, parents before children: the web builds the tree. */
export async function listCategories(db: Executor) {
  return db
    .select({
      id: foodCategories.id,
      parentId: foodCategories.parentId,
      level: foodCategories.level,
      name: foodCategories.name,
      rootId: foodCategories.rootId,
      sortOrder: foodCategories.sortOrder,
      active: foodCategories.active,
      version: foodCategories.version,
    })
    .from(foodCategories)
    .orderBy(asc(foodCategories.level), asc(foodCategories.sortOrder), asc(foodCategories.name), asc(foodCategories.id));
}
