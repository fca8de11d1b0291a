// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../api/types';
import { buildOrgTree, filterOrgTree } from './org-tree';

function unit(id: string, name: string, parentId: string | null): OrgUnit {
  return { id, name, shortName: null, kind: 'x', kindName: 'x', regionCode: null, parentId, slug: id };
}

const units = [
  unit('p', '四川省市场监督管理局', null),
  unit('food', '食品安全抽检监测处', 'p'),
  unit('cd', '成都市市场监督管理局', 'p'),
  unit('jj', '成都市锦江区市场监督管理局', 'cd'),
  unit('my', '绵阳市市场监督管理局', 'p'),
];

describe('buildOrgTree', () => {
  it('nests units under their parents in server order', () => {
    const [root] = buildOrgTree(units);
    expect(root.title).toBe('四川省市场监督管理局');
    expect(root.children?.map((n) => n.key)).toEqual(['food', 'cd', 'my']);
    expect(root.children?.[1].children?.map((n) => n.title)).toEqual(['成都市锦江区市场监督管理局']);
  });

  it('gives leaves no children array, so antd shows no expander', () => {
    const [root] = buildOrgTree(units);
    expect(root.children?.[0].children).toBeUndefined();
  });

  it('treats a unit whose parent is missing as a root', () => {
    const roots = buildOrgTree([unit('a', 'A', 'gone'), unit('b', 'B', null)]);
    expect(roots.map((n) => n.key)).toEqual(['a', 'b']);
  });

  it('builds a child listed before its parent', () => {
    const roots = buildOrgTree([unit('c', 'C', 'p'), unit('p', 'P', null)]);
    expect(roots).toHaveLength(1);
    expect(roots[0].children?.[0].key).toBe('c');
  });
});

describe('filterOrgTree', () => {
  const roots = buildOrgTree(units);

  it('keeps matches with their ancestors and expands the path', () => {
    const { nodes, expandedKeys } = filterOrgTree(roots, '锦江');
    expect(nodes[0].children?.map((n) => n.key)).toEqual(['cd']);
    expect(nodes[0].children?.[0].children?.map((n) => n.key)).toEqual(['jj']);
    expect(expandedKeys.sort()).toEqual(['cd', 'p']);
  });

  it('returns nothing when no name matches', () => {
    expect(filterOrgTree(roots, '西藏').nodes).toEqual([]);
  });

  it('keeps the whole tree for an empty query', () => {
    expect(filterOrgTree(roots, '  ').nodes).toEqual(roots);
  });
});
