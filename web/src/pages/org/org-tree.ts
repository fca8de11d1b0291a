/** The org tree: the server sends a flat list with parentId; antd Tree wants nested nodes. */
import type { OrgUnit } from '../../api/types';

export interface OrgTreeNode {
  key: string;
  title: string;
  unit: OrgUnit;
  children?: OrgTreeNode[];
}

/** Nests units under their parents, keeping the server's order; a unit whose parent is absent is a root. */
export function buildOrgTree(units: readonly OrgUnit[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const unit of units) nodes.set(unit.id, { key: unit.id, title: unit.name, unit });
  const roots: OrgTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export interface FilteredTree {
  nodes: OrgTreeNode[];
  /** Every kept node that has kept children, so each match is visible. */
  expandedKeys: string[];
}

/** Keeps the units whose name contains `query`, with their ancestors; an empty query keeps all. */
export function filterOrgTree(roots: readonly OrgTreeNode[], query: string): FilteredTree {
  const q = query.trim().toLowerCase();
  const expandedKeys: string[] = [];
  if (!q) return { nodes: [...roots], expandedKeys };

  const visit = (node: OrgTreeNode): OrgTreeNode | null => {
    const children = (node.children ?? []).map(visit).filter((n): n is OrgTreeNode => n !== null);
    const matches = node.title.toLowerCase().includes(q) || (node.unit.shortName ?? '').toLowerCase().includes(q);
    if (!matches && children.length === 0) return null;
    if (children.length > 0) expandedKeys.push(node.key);
    return { ...node, children: children.length > 0 ? children : undefined };
  };
  const nodes = roots.map(visit).filter((n): n is OrgTreeNode => n !== null);
  return { nodes, expandedKeys };
}

/** Ids of a node and all its descendants (for "this unit and below" filters). */
export function subtreeIds(node: OrgTreeNode): string[] {
  return [node.key, ...(node.children ?? []).flatMap(subtreeIds)];
}
