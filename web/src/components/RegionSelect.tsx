/** Pick a region (province, city or county), searchable; and a hook naming region codes. */
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useOrgUnits } from '../api/org';
import { buildRegionTree, PROVINCE_CODE, regionNames } from '../lib/regions';

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'loading'>;

export function RegionSelect(props: Props) {
  const { data: units, isPending } = useOrgUnits();
  const treeData = useMemo(() => buildRegionTree(units ?? []), [units]);
  return (
    <TreeSelect<string>
      {...props}
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={[PROVINCE_CODE]}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}

/** `name(code)`: 成都市武侯区 for 510107; the code itself when unknown; '' for none. */
export function useRegionName(): (code: string | null | undefined) => string {
  const { data: units } = useOrgUnits();
  const names = useMemo(() => regionNames(units ?? []), [units]);
  return (code) => (code ? (names.get(code) ?? code) : '');
}
