import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { complaints, foodCategories } from '../../db/schema/index.js';
import { buildCatalogue, findCategory } from '../catalogue/match.js';

/**
 * A complaint names its food in words (月饼, 散装白酒), not a catalogue category: its 食品大类 is
 * read from the name the way imports read a sample's (`findCategory`), when counted or filtered,
 * so it follows the catalogue as it is edited and needs no stored column.
 */
export async function foodRootMatcher(db: Executor): Promise<(foodName: string | null) => string | null> {
  const categories = await db
    .select({ id: foodCategories.id, parentId: foodCategories.parentId, level: foodCategories.level, name: foodCategories.name, rootId: foodCategories.rootId, sortOrder: foodCategories.sortOrder })
    .from(foodCategories)
    .where(eq(foodCategories.active, true));
  const catalogue = buildCatalogue(categories, [], []);
  const known = new Map<string, string | null>();
  return (foodName) => {
    if (!foodName) return null;
    if (!known.has(foodName)) known.set(foodName, findCategory(catalogue, foodName)?.rootId ?? null);
    return known.get(foodName)!;
  };
}

/** The condition "the food is of this 大类": the food names among `where`'s complaints that read as it. */
export async function foodRootCondition(db: Executor, where: SQL, rootId: string): Promise<SQL> {
  const [rootOf, names] = await Promise.all([
    foodRootMatcher(db),
    db.selectDistinct({ name: complaints.foodName }).from(complaints).where(and(where, isNotNull(complaints.foodName))),
  ]);
  const matching = names.map((n) => n.name!).filter((name) => rootOf(name) === rootId);
  return matching.length ? inArray(complaints.foodName, matching) : sql`false`;
}
