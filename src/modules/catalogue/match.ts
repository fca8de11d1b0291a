import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories, itemLimits, testItems } from '../../db/schema/index.js';
import type { SamplingPlan } from '../../domain/sampling/sampling-plan.js';

/**
 * The catalogue in memory, for the import pipeline and for judging results: categories found by
 * the names publishers write, test items by name or alias, limits by item. Pure apart from
 * loadCatalogue.
 */

export interface CategoryEntry {
  id: string;
  parentId: string | null;
  level: number;
  name: string;
  rootId: string;
  sortOrder: number;
}
export interface TestItemEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  microbiological: boolean;
  unit: string | null;
}
export interface LimitEntry {
  id: string;
  testItemId: string;
  categoryId: string | null;
  foodKeyword: string | null;
  standard: string;
  limitType: string;
  limitValue: string | null;
  unit: string | null;
  samplingPlan: SamplingPlan | null;
  note: string | null;
}

export interface Catalogue {
  categoriesById: Map<string, CategoryEntry>;
  /** Normalised name → every category of that name (names repeat across branches), deepest first. */
  categoriesByName: Map<string, CategoryEntry[]>;
  /** Category id → its ancestors, parent first, the 大类 last. */
  ancestors: Map<string, CategoryEntry[]>;
  testItemsById: Map<string, TestItemEntry>;
  /** Normalised name or alias → item. */
  testItemsByName: Map<string, TestItemEntry>;
  limitsByItem: Map<string, LimitEntry[]>;
}

/**
 * Normalises an item or food name as publishers write it: full-width → half-width (NFKC, so
 * （）→ (), ＡＢＣ → ABC, ₂ → 2), whitespace removed, Latin letters lower-cased.
 */
export function normaliseItemName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Drops parenthesised qualifiers: "铅(以pb计)" → "铅". */
const withoutQualifiers = (s: string) => s.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');

/** Category comparison order: deeper first, then sibling order, then name. */
const byDepth = (a: CategoryEntry, b: CategoryEntry) => b.level - a.level || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);

export function buildCatalogue(categories: CategoryEntry[], items: TestItemEntry[], limits: LimitEntry[]): Catalogue {
  const categoriesById = new Map(categories.map((c) => [c.id, c]));
  const categoriesByName = new Map<string, CategoryEntry[]>();
  for (const category of categories) {
    const key = normaliseItemName(category.name);
    categoriesByName.set(key, [...(categoriesByName.get(key) ?? []), category]);
  }
  for (const list of categoriesByName.values()) list.sort(byDepth);
  const ancestors = new Map<string, CategoryEntry[]>();
  for (const category of categories) {
    const chain: CategoryEntry[] = [];
    const seen = new Set([category.id]);
    for (let p = category.parentId; p && !seen.has(p); p = categoriesById.get(p)?.parentId ?? null) {
      const parent = categoriesById.get(p);
      if (!parent) break;
      seen.add(p);
      chain.push(parent);
    }
    ancestors.set(category.id, chain);
  }
  const testItemsById = new Map(items.map((t) => [t.id, t]));
  const testItemsByName = new Map<string, TestItemEntry>();
  // Names first, so an alias never hides another item's own name.
  for (const t of items) testItemsByName.set(normaliseItemName(t.name), t);
  for (const t of items) {
    for (const alias of t.aliases) {
      const key = normaliseItemName(alias);
      if (!testItemsByName.has(key)) testItemsByName.set(key, t);
    }
  }
  const limitsByItem = new Map<string, LimitEntry[]>();
  for (const limit of limits) limitsByItem.set(limit.testItemId, [...(limitsByItem.get(limit.testItemId) ?? []), limit]);
  return { categoriesById, categoriesByName, ancestors, testItemsById, testItemsByName, limitsByItem };
}

/** Active categories, all test items and limits, read once. */
export async function loadCatalogue(db: Executor): Promise<Catalogue> {
  const [categories, items, limits] = await Promise.all([
    db
      .select({
        id: foodCategories.id,
        parentId: foodCategories.parentId,
        level: foodCategories.level,
        name: foodCategories.name,
        rootId: foodCategories.rootId,
        sortOrder: foodCategories.sortOrder,
      })
      .from(foodCategories)
      .where(eq(foodCategories.active, true)),
    db.select().from(testItems),
    db.select().from(itemLimits),
  ]);
  return buildCatalogue(categories, items, limits);
}

/**
 * The category a published food or category text names: the exact name (deepest when the name
 * repeats); else the category whose name the text contains, or that contains the text — the
 * longest match wins, then a match at the end of the text (Chinese puts the head noun last:
 * 牛肉干 is a 肉干), then the deeper level, then the closer name. A one-character name (姜, 梨)
 * only matches at the end of the text.
 */
export function findCategory(catalogue: Catalogue, text: string | null | undefined): CategoryEntry | null {
  const key = normaliseItemName(text ?? '');
  if (!key) return null;
  const exact = catalogue.categoriesByName.get(key);
  if (exact) return exact[0];
  type Match = { entry: CategoryEntry; length: number; suffix: boolean; extra: number };
  // Positive when a is the better match.
  const compare = (a: Match, b: Match) =>
    a.length - b.length || Number(a.suffix) - Number(b.suffix) || a.entry.level - b.entry.level || b.extra - a.extra || byDepth(b.entry, a.entry);
  let best: Match | null = null;
  for (const [name, entries] of catalogue.categoriesByName) {
    let candidate: Match | null = null;
    if (key.includes(name)) {
      const suffix = key.endsWith(name);
      if (name.length > 1 || suffix) candidate = { entry: entries[0], length: name.length, suffix, extra: 0 };
    } else if (name.includes(key) && key.length > 1) {
      candidate = { entry: entries[0], length: key.length, suffix: name.endsWith(key), extra: name.length - key.length };
    }
    if (candidate && (!best || compare(candidate, best) > 0)) best = candidate;
  }
  return best?.entry ?? null;
}

/** The test item a published name refers to: by name or alias, then ignoring "(以…计)" qualifiers. */
export function findTestItem(catalogue: Catalogue, name: string | null | undefined): TestItemEntry | null {
  const key = normaliseItemName(name ?? '');
  if (!key) return null;
  const direct = catalogue.testItemsByName.get(key);
  if (direct) return direct;
  const bare = withoutQualifiers(key);
  if (!bare) return null;
  for (const [known, entry] of catalogue.testItemsByName) if (withoutQualifiers(known) === bare) return entry;
  return null;
}

/** The category and its ancestors, the category first. */
export function categoryChain(catalogue: Catalogue, categoryId: string | null | undefined): CategoryEntry[] {
  const self = categoryId ? catalogue.categoriesById.get(categoryId) : undefined;
  return self ? [self, ...(catalogue.ancestors.get(self.id) ?? [])] : [];
}

/**
 * The limit that judges an item for a food: walking up from its category, a limit with a food
 * keyword applies when the keyword is in the food name or in the name of a category below the
 * limit's own (芹菜 under 蔬菜); keyword limits win over plain ones; otherwise the nearest
 * category's limit; a limit without a category (every food) comes last.
 */
export function findLimit(
  catalogue: Catalogue,
  testItemId: string,
  categoryId: string | null | undefined,
  foodName?: string | null,
): LimitEntry | null {
  const limits = catalogue.limitsByItem.get(testItemId) ?? [];
  if (limits.length === 0) return null;
  const chain = categoryChain(catalogue, categoryId);
  const food = normaliseItemName(foodName ?? '');
  const distance = (limit: LimitEntry) => (limit.categoryId === null ? chain.length : chain.findIndex((c) => c.id === limit.categoryId));
  const keywordApplies = (limit: LimitEntry, d: number) => {
    const keyword = normaliseItemName(limit.foodKeyword ?? '');
    return food.includes(keyword) || chain.slice(0, d).some((c) => normaliseItemName(c.name).includes(keyword));
  };
  let best: { limit: LimitEntry; keyword: boolean; d: number } | null = null;
  for (const limit of limits) {
    const d = distance(limit);
    if (d < 0) continue;
    const keyword = !!limit.foodKeyword;
    if (keyword && !keywordApplies(limit, d)) continue;
    const better =
      !best ||
      (keyword && !best.keyword) ||
      (keyword === best.keyword && (d < best.d || (d === best.d && limit.standard.localeCompare(best.limit.standard) < 0)));
    if (better) best = { limit, keyword, d };
  }
  return best?.limit ?? null;
}
