/** The food categories as a tree (大类 → 亚类 → 品种 → 细类), from the server's flat list. */
import type { Category } from '../api/catalogue';

export interface CategoryNode {
  key: string;
  value: string;
  title: string;
  category: Category;
  children?: CategoryNode[];
}

/** Nests categories under their parents, keeping the server's order; `activeOnly` drops inactive ones and their subtrees. */
export function buildCategoryTree(categories: readonly Category[], activeOnly = false): CategoryNode[] {
  const kept = activeOnly ? categories.filter((c) => c.active) : categories;
  const nodes = new Map<string, CategoryNode>();
  for (const c of kept) nodes.set(c.id, { key: c.id, value: c.id, title: c.name, category: c });
  const roots: CategoryNode[] = [];
  for (const c of kept) {
    const node = nodes.get(c.id)!;
    if (!c.parentId) roots.push(node);
    else {
      const parent = nodes.get(c.parentId);
      // A child of an inactive parent is left out with it.
      if (parent) (parent.children ??= []).push(node);
      else if (!activeOnly) roots.push(node);
    }
  }
  return roots;
}

/** Keeps categories whose name contains `query`, with their ancestors, and the keys to expand. */
export function filterCategoryTree(roots: readonly CategoryNode[], query: string): { nodes: CategoryNode[]; expandedKeys: string[] } {
  const q = query.trim().toLowerCase();
  const expandedKeys: string[] = [];
  if (!q) return { nodes: [...roots], expandedKeys };
  const visit = (node: CategoryNode): CategoryNode | null => {
    const children = (node.children ?? []).map(visit).filter((n): n is CategoryNode => n !== null);
    if (!node.title.toLowerCase().includes(q) && children.length === 0) return null;
    if (children.length > 0) expandedKeys.push(node.key);
    return { ...node, children: children.length > 0 ? children : undefined };
  };
  return { nodes: roots.map(visit).filter((n): n is CategoryNode => n !== null), expandedKeys };
}

/** The 大类 (level 1), in order, as select options. */
export function rootCategoryOptions(categories: readonly Category[]): { value: string; label: string }[] {
  return categories.filter((c) => c.level === 1 || !c.parentId).map((c) => ({ value: c.id, label: c.name }));
}

/** The name of a category's 大类, or null when unknown. */
export function rootNameOf(categories: readonly Category[], categoryId: string | null | undefined): string | null {
  if (!categoryId) return null;
  const category = categories.find((c) => c.id === categoryId);
  if (!category) return null;
  return categories.find((c) => c.id === category.rootId)?.name ?? null;
}

/** 大类 / 亚类 / 品种 / 细类 path of a category, for labels. */
export function categoryPath(categories: readonly Category[], categoryId: string | null | undefined): string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  let at = categoryId ? byId.get(categoryId) : undefined;
  while (at && names.length < 8) {
    names.unshift(at.name);
    at = at.parentId ? byId.get(at.parentId) : undefined;
  }
  return names.join(' / ');
}
