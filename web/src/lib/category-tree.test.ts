import { describe, expect, it } from 'vitest';
import type { Category } from '../api/catalogue';
import { buildCategoryTree, categoryPath, filterCategoryTree, rootCategoryOptions, rootNameOf } from './category-tree';

const c = (id: string, parentId: string | null, level: number, name: string, rootId: string, active = true): Category => ({ id, parentId, level, name, rootId, sortOrder: 0, active, version: 1 });
const categories = [
  c('a', null, 1, '食用农产品', 'a'),
  c('b', null, 1, '乳制品', 'b'),
  c('a1', 'a', 2, '蔬菜', 'a'),
  c('a11', 'a1', 3, '鳞茎类蔬菜', 'a'),
  c('a111', 'a11', 4, '韭菜', 'a'),
  c('a2', 'a', 2, '水果类', 'a', false),
  c('a21', 'a2', 3, '柑橘类水果', 'a'),
];

describe('the category tree', () => {
  it('nests four levels in the server order', () => {
    const tree = buildCategoryTree(categories);
    expect(tree.map((n) => n.title)).toEqual(['食用农产品', '乳制品']);
    expect(tree[0].children!.map((n) => n.title)).toEqual(['蔬菜', '水果类']);
    expect(tree[0].children![0].children![0].children![0]).toMatchObject({ key: 'a111', value: 'a111', title: '韭菜' });
  });

  it('leaves inactive categories and their subtrees out of pickers', () => {
    const tree = buildCategoryTree(categories, true);
    expect(tree[0].children!.map((n) => n.title)).toEqual(['蔬菜']);
  });

  it('keeps matches with their ancestors and opens the way to them', () => {
    const { nodes, expandedKeys } = filterCategoryTree(buildCategoryTree(categories), '韭');
    expect(nodes.map((n) => n.title)).toEqual(['食用农产品']);
    expect(nodes[0].children!.map((n) => n.title)).toEqual(['蔬菜']);
    expect(expandedKeys.sort()).toEqual(['a', 'a1', 'a11']);
  });

  it('knows the 大类 and the path of a category', () => {
    expect(rootCategoryOptions(categories)).toEqual([
      { value: 'a', label: '食用农产品' },
      { value: 'b', label: '乳制品' },
    ]);
    expect(rootNameOf(categories, 'a111')).toBe('食用农产品');
    expect(rootNameOf(categories, undefined)).toBeNull();
    expect(categoryPath(categories, 'a111')).toBe('食用农产品 / 蔬菜 / 鳞茎类蔬菜 / 韭菜');
  });
});
