/** Pick a food category from the four-level tree, searchable by name (active categories only). */
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useCategories } from '../api/catalogue';
import { buildCategoryTree } from '../lib/category-tree';

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'loading'>;

export function CategoryTreeSelect(props: Props) {
  const { data: categories, isPending } = useCategories();
  const treeData = useMemo(() => buildCategoryTree(categories ?? [], true), [categories]);
  return (
    <TreeSelect<string>
      {...props}
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
