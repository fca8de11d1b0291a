/** Pick one org unit from the tree, searchable by name. */
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useOrgUnits } from '../api/org';
import { buildOrgTree, type OrgTreeNode } from '../pages/org/org-tree';

interface Option {
  value: string;
  title: string;
  children?: Option[];
}

function toOptions(nodes: OrgTreeNode[]): Option[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, children: n.children && toOptions(n.children) }));
}

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'loading'>;

export function UnitTreeSelect(props: Props) {
  const { data: units, isPending } = useOrgUnits();
  const treeData = useMemo(() => toOptions(buildOrgTree(units ?? [])), [units]);
  const rootKeys = useMemo(() => treeData.map((o) => o.value), [treeData]);
  return (
    <TreeSelect<string>
      {...props}
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={rootKeys}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
