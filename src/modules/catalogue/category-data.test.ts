import { describe, expect, it } from 'vitest';
import { CATEGORY_PATH_SEPARATOR, foodCategoryTree, type CategoryNode } from './category-data.js';
import { categoryRows } from './seed-catalogue.js';

/** The 33 大类 of ../shared/docs/domain-rules.md ("Food categories"), in order. */
const BIG_CATEGORIES = [
  '粮食加工品', '食用油、油脂及其制品', '调味品', '肉制品', '乳制品', '饮料', '方便食品', '饼干', '罐头', '冷冻饮品',
  '速冻食品', '薯类和膨化食品', '糖果制品', '茶叶及相关制品', '酒类', '蔬菜制品', '水果制品', '炒货食品及坚果制品',
  '蛋制品', '可可及焙烤咖啡产品', '食糖', '水产制品', '淀粉及淀粉制品', '糕点', '豆制品', '蜂产品', '保健食品',
  '特殊医学用途配方食品', '婴幼儿配方食品', '特殊膳食食品', '餐饮食品', '食用农产品', '食品添加剂',
];

describe('food category data', () => {
  const rows = categoryRows();
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const byId = new Map(rows.map((r) => [r.id, r]));

  it('has exactly the 33 大类 of the domain rules, in order', () => {
    expect(foodCategoryTree.map((n) => n.name)).toEqual(BIG_CATEGORIES);
    expect(rows.filter((r) => r.level === 1).map((r) => r.name)).toEqual(BIG_CATEGORIES);
  });

  it('keeps names unique among siblings, non-empty, trimmed and free of the path separator', () => {
    const check = (nodes: CategoryNode[], where: string) => {
      const names = nodes.map((n) => n.name);
      expect(new Set(names).size, `duplicate sibling under ${where}`).toBe(names.length);
      for (const node of nodes) {
        expect(node.name).toBe(node.name.trim());
        expect(node.name.length).toBeGreaterThan(0);
        expect(node.name).not.toContain(CATEGORY_PATH_SEPARATOR);
        if (node.children) {
          expect(node.children.length).toBeGreaterThan(0);
          check(node.children, node.name);
        }
      }
    };
    check(foodCategoryTree, 'root');
  });

  it('gives each row a level from 1 to 4 one below its parent, and the 大类 as root', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.level).toBeGreaterThanOrEqual(1);
      expect(row.level).toBeLessThanOrEqual(4);
      expect(row.path.split(CATEGORY_PATH_SEPARATOR)).toHaveLength(row.level);
      if (row.level === 1) {
        expect(row.parentId).toBeNull();
        expect(row.rootId).toBe(row.id);
      } else {
        const parent = byId.get(row.parentId!)!;
        expect(parent.level).toBe(row.level - 1);
        expect(row.rootId).toBe(parent.rootId);
        expect(byId.get(row.rootId)!.level).toBe(1);
      }
    }
  });

  it('fills in the most-sampled 大类 with the implementation rules\' sub-levels', () => {
    for (const path of [
      '食用农产品/畜禽肉及副产品/畜肉/猪肉',
      '食用农产品/畜禽肉及副产品/畜副产品/猪肝',
      '食用农产品/畜禽肉及副产品/禽肉/鸭肉',
      '食用农产品/蔬菜/叶菜类蔬菜/普通白菜',
      '食用农产品/蔬菜/鳞茎类蔬菜/蒜薹',
      '食用农产品/蔬菜/豆类蔬菜/豇豆',
      '食用农产品/蔬菜/茄果类蔬菜/番茄',
      '食用农产品/蔬菜/根茎类和薯芋类蔬菜/山药',
      '食用农产品/蔬菜/芸薹属类蔬菜/花椰菜',
      '食用农产品/蔬菜/瓜类蔬菜/黄瓜',
      '食用农产品/蔬菜/食用菌/金针菇',
      '食用农产品/水产品/淡水鱼/鳊鱼',
      '食用农产品/水果类/柑橘类水果/柑、橘',
      '食用农产品/水果类/热带和亚热带水果/火龙果',
      '食用农产品/水果类/瓜果类水果/甜瓜',
      '食用农产品/鲜蛋/鸡蛋',
      '食用农产品/生干坚果与籽类',
      '餐饮食品/米面及其制品(自制)/小麦粉制品(自制)/发酵面制品(自制)',
      '餐饮食品/餐饮具/复用餐饮具/集中消毒餐饮具',
      '餐饮食品/调味料(自制)/火锅麻辣烫底料(自制)',
      '粮食加工品/其他粮食加工品/谷物粉类制成品/生湿面制品',
      '食用油、油脂及其制品/食用植物油/食用植物调和油',
      '食用油、油脂及其制品/食用动物油脂/猪油',
      '调味品/香辛料类/花椒',
      '调味品/复合调味料/半固体复合调味料/火锅底料、麻辣烫底料',
      '肉制品/预制肉制品/腌腊肉制品/腊肠',
      '肉制品/熟肉制品/酱卤肉制品',
      '酒类/其他酒/配制酒',
      '饮料/包装饮用水/饮用纯净水',
      '蔬菜制品/酱腌菜/泡菜',
      '豆制品/发酵性豆制品/腐乳',
      '淀粉及淀粉制品/淀粉制品/粉丝粉条',
      '乳制品/液体乳/巴氏杀菌乳',
    ]) {
      expect(byPath.has(path), path).toBe(true);
    }
  });
});
