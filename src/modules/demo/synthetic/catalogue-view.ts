/**
 * The food catalogue as the generator needs it: per 大类 a weighted draw of its 细类 (leaves), and
 * per 细类 the test items that fail in it and those routinely tested, each with the limit the
 * catalogue applies (findLimit), so that generated values are judged the way an import would.
 */
import { findLimit, findTestItem, type Catalogue, type CategoryEntry } from '../../catalogue/match.js';
import { FAILING_ITEMS } from './failure-profiles.js';
import { FOOD_NAMES, NODE_WEIGHTS, ROOT_WEIGHTS } from './sichuan-profile.js';
import { Weighted } from './prng.js';

export interface ItemSpec {
  testItemId: string;
  name: string;
  kind: string;
  microbiological: boolean;
  unit: string | null;
  limitType: 'max' | 'min' | 'not_detected';
  limitValue: number | null;
  /** As an import shows it: "≤0.05", "≥2.9", "不得检出". */
  limitText: string;
  standard: string;
}

export interface Leaf {
  id: string;
  name: string;
  rootId: string;
  rootName: string;
  rootSortOrder: number;
  /** Names from the 大类 down to this 细类. */
  path: string[];
  foodNames: string[];
  /** Items that really fail in this food (may be empty: then it never fails). */
  failing: ItemSpec[];
  /** Items routinely tested, the failing ones first. Never empty. */
  routine: ItemSpec[];
}

export interface CatalogueView {
  roots: Weighted<string>;
  leavesByRoot: Map<string, Weighted<Leaf>>;
  rootSortOrder: Map<string, number>;
  /** Every leaf, for checks. */
  leaves: Leaf[];
  /** Item names in FAILING_ITEMS the catalogue does not know (should be empty). */
  unknownItems: string[];
}

const GENERIC_ITEM = '防腐剂混合使用时各自用量占其最大使用量的比例之和';

function nodeWeight(name: string): number {
  return NODE_WEIGHTS[name] ?? (name.startsWith('其他') ? 0.3 : 1);
}

export function buildCatalogueView(catalogue: Catalogue): CatalogueView {
  const children = new Map<string | null, CategoryEntry[]>();
  for (const c of catalogue.categoriesById.values()) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder);
  const roots = (children.get(null) ?? []).filter((r) => r.level === 1);

  const unknown = new Set<string>();
  const specCache = new Map<string, ItemSpec | null>();
  const itemSpec = (itemName: string, leaf: CategoryEntry, foodName: string): ItemSpec | null => {
    const item = findTestItem(catalogue, itemName);
    if (!item) {
      unknown.add(itemName);
      return null;
    }
    const key = `${item.id}|${leaf.id}`;
    if (specCache.has(key)) return specCache.get(key)!;
    const limit = findLimit(catalogue, item.id, leaf.id, foodName);
    const spec: ItemSpec | null = limit
      ? {
          testItemId: item.id,
          name: item.name,
          kind: item.kind,
          microbiological: item.microbiological,
          unit: limit.unit ?? item.unit,
          limitType: limit.limitType as ItemSpec['limitType'],
          limitValue: limit.limitValue === null ? null : Number(limit.limitValue),
          limitText:
            limit.limitType === 'not_detected' ? '不得检出' : `${limit.limitType === 'min' ? '≥' : '≤'}${Number(limit.limitValue)}`,
          standard: limit.standard,
        }
      : null;
    specCache.set(key, spec);
    return spec;
  };

  const leaves: Leaf[] = [];
  const leavesByRoot = new Map<string, Weighted<Leaf>>();
  const rootSortOrder = new Map<string, number>();
  for (const root of roots) {
    rootSortOrder.set(root.name, root.sortOrder);
    const weighted: [Leaf, number][] = [];
    const walk = (node: CategoryEntry, path: string[], chain: CategoryEntry[], weight: number) => {
      const kids = children.get(node.id) ?? [];
      if (kids.length === 0) {
        const leaf = makeLeaf(node, root, path, chain);
        leaves.push(leaf);
        weighted.push([leaf, weight]);
        return;
      }
      const total = kids.reduce((sum, k) => sum + nodeWeight(k.name), 0);
      for (const k of kids) walk(k, [...path, k.name], [k, ...chain], (weight * nodeWeight(k.name)) / total);
    };
    const makeLeaf = (node: CategoryEntry, rootEntry: CategoryEntry, path: string[], chain: CategoryEntry[]): Leaf => {
      const foodNames = FOOD_NAMES[node.name] ?? [node.name];
      const key = chain.map((c) => c.name).find((name) => FAILING_ITEMS[name]);
      const failing = (key ? FAILING_ITEMS[key] : [])
        .map((name) => itemSpec(name, node, node.name))
        .filter((s): s is ItemSpec => s !== null);
      // Everything with a limit here, the catalogue-wide generic item last.
      const applicable = [...catalogue.testItemsById.values()]
        .map((item) => itemSpec(item.name, node, node.name))
        .filter((s): s is ItemSpec => s !== null);
      const seen = new Set(failing.map((s) => s.testItemId));
      const others = applicable.filter((s) => !seen.has(s.testItemId) && s.name !== GENERIC_ITEM);
      const generic = applicable.filter((s) => s.name === GENERIC_ITEM);
      const routine = [...failing, ...others, ...generic];
      return {
        id: node.id,
        name: node.name,
        rootId: rootEntry.id,
        rootName: rootEntry.name,
        rootSortOrder: rootEntry.sortOrder,
        path,
        foodNames,
        failing: failing.length > 0 ? failing : others.slice(0, 3),
        routine,
      };
    };
    walk(root, [root.name], [root], 1);
    if (weighted.length > 0) leavesByRoot.set(root.name, new Weighted(weighted));
  }
  const rootWeights = roots.filter((r) => leavesByRoot.has(r.name)).map((r) => [r.name, ROOT_WEIGHTS[r.name] ?? 0.1] as const);
  return { roots: new Weighted(rootWeights), leavesByRoot, rootSortOrder, leaves, unknownItems: [...unknown] };
}
