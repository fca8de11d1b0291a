/** The 抽检数据 filter bar. Every change goes to the URL (page back to 1) through `onChange`. */
import { Button, Checkbox, DatePicker, Flex, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useCategories } from '../../api/catalogue';
import { RegionSelect } from '../../components/RegionSelect';
import { rootCategoryOptions } from '../../lib/category-tree';
import { conclusionOptions, enterpriseKindOptions, linkFilterOptions, samplingTypeOptions } from '../../lib/enums';
import { samplesMessages } from './messages';
import { sampleFilters, type SampleFilters } from './sample-filters';
import { SearchFilter } from '../../components/SearchFilter';

const m = samplesMessages;
const DATE = 'YYYY-MM-DD';

interface Props {
  filters: SampleFilters;
  onChange: (changes: SampleFilters) => void;
  onClear: () => void;
}

export function SampleFilterBar({ filters, onChange, onClear }: Props) {
  const { data: categories } = useCategories();
  const roots = useMemo(() => rootCategoryOptions(categories ?? []), [categories]);

  const select = (key: keyof SampleFilters, placeholder: string, options: { value: string; label: string }[], width = 130) => (
    <Select
      allowClear
      placeholder={placeholder}
      style={{ width }}
      options={options}
      value={filters[key]}
      onChange={(value?: string) => onChange({ [key]: value })}
      aria-label={placeholder}
    />
  );

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap>
        <SearchFilter value={filters.q} placeholder={m.searchPlaceholder} width={280} onSearch={(q) => onChange({ q })} />
        <RegionSelect
          allowClear
          placeholder={m.region}
          style={{ width: 200 }}
          value={filters.regionCode}
          onChange={(regionCode?: string) => onChange({ regionCode })}
        />
        {select('link', m.link, linkFilterOptions, 110)}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={m.categoryRoot}
          style={{ width: 180 }}
          options={roots}
          value={filters.categoryRootId}
          onChange={(categoryRootId?: string) => onChange({ categoryRootId })}
          aria-label={m.categoryRoot}
        />
        <DatePicker.RangePicker
          placeholder={m.dateRange}
          style={{ width: 260 }}
          value={[filters.dateFrom ? dayjs(filters.dateFrom) : null, filters.dateTo ? dayjs(filters.dateTo) : null]}
          allowEmpty={[true, true]}
          onChange={(range) => onChange({ dateFrom: range?.[0]?.format(DATE), dateTo: range?.[1]?.format(DATE) })}
        />
        {select('conclusion', m.conclusion, conclusionOptions, 120)}
        {select('samplingType', m.samplingType, samplingTypeOptions, 130)}
        <Checkbox
          checked={filters.needsReview === 'true'}
          onChange={(e) => onChange({ needsReview: e.target.checked ? 'true' : undefined })}
          style={{ alignSelf: 'center' }}
        >
          {m.needsReviewOnly}
        </Checkbox>
      </Flex>
      {(filters.enterpriseId || filters.planId || sampleFilters.anySet(filters)) && (
        <Flex gap={8} wrap align="center">
          {filters.enterpriseId && (
            <Tag closable onClose={() => onChange({ enterpriseId: undefined })} color="blue">
              {m.byEnterprise}
            </Tag>
          )}
          {filters.planId && (
            <Tag closable onClose={() => onChange({ planId: undefined })} color="blue">
              {m.byPlan}
            </Tag>
          )}
          {/* Filters a 风险分析 cell links with: shown as tags, each removable. */}
          {filters.categoryId && (
            <Tag closable onClose={() => onChange({ categoryId: undefined })} color="blue">
              {m.byCategory}
            </Tag>
          )}
          {filters.enterpriseKind && (
            <Tag closable onClose={() => onChange({ enterpriseKind: undefined })} color="blue">
              {m.byEnterpriseKind(enterpriseKindOptions.find((o) => o.value === filters.enterpriseKind)?.label ?? '')}
            </Tag>
          )}
          {filters.labName && (
            <Tag closable onClose={() => onChange({ labName: undefined })} color="blue">
              {m.byLab(filters.labName)}
            </Tag>
          )}
          {filters.testItem && (
            <Tag closable onClose={() => onChange({ testItem: undefined })} color="blue">
              {m.byTestItem(filters.testItem)}
            </Tag>
          )}
          {filters.failedItem && (
            <Tag closable onClose={() => onChange({ failedItem: undefined })} color="blue">
              {m.byFailedItem(filters.failedItem)}
            </Tag>
          )}
          <Button size="small" type="link" onClick={onClear} style={{ padding: 0 }}>
            {m.clearFilters}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
