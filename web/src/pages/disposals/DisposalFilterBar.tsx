/** The 核查处置 filter bar. Every change goes to the URL (page back to 1) through `onChange`. */
import { Button, Checkbox, DatePicker, Flex, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { linkFilterOptions } from '../../lib/enums';
import { disposalsMessages } from './messages';
import { ACTIVE, disposalFilters, disposalKindOptions, statusFilterOptions, type DisposalFilters } from './disposal-filters';
import { SearchFilter } from '../../components/SearchFilter';

const m = disposalsMessages;
const DATE = 'YYYY-MM-DD';

interface Props {
  filters: DisposalFilters;
  onChange: (changes: DisposalFilters) => void;
  onClear: () => void;
}

export function DisposalFilterBar({ filters, onChange, onClear }: Props) {

  const select = (key: keyof DisposalFilters, placeholder: string, options: { value: string; label: string }[], width: number) => (
    <Select
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      options={options}
      value={filters[key]}
      onChange={(value?: string) => onChange({ [key]: value })}
    />
  );

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchFilter value={filters.sampleNo} placeholder={m.sampleNoPlaceholder} width={220} onSearch={(sampleNo) => onChange({ sampleNo })} />
      <Select
        aria-label={m.status}
        style={{ width: 130 }}
        options={statusFilterOptions}
        value={filters.status ?? ACTIVE}
        onChange={(value: string) => onChange({ status: value === ACTIVE ? undefined : value })}
      />
      {select('kind', m.kind, disposalKindOptions, 130)}
      {select('link', m.link, linkFilterOptions, 100)}
      <UnitTreeSelect
        allowClear
        placeholder={m.ownerUnit}
        aria-label={m.ownerUnit}
        style={{ width: 240 }}
        value={filters.ownerUnitId}
        onChange={(ownerUnitId?: string) => onChange({ ownerUnitId })}
      />
      <DatePicker.RangePicker
        placeholder={m.openedRange}
        style={{ width: 260 }}
        allowEmpty={[true, true]}
        value={[filters.openedFrom ? dayjs(filters.openedFrom) : null, filters.openedTo ? dayjs(filters.openedTo) : null]}
        onChange={(range) => onChange({ openedFrom: range?.[0]?.format(DATE), openedTo: range?.[1]?.format(DATE) })}
      />
      <Checkbox checked={filters.overdue === 'true'} onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}>
        {m.overdueOnly}
      </Checkbox>
      {filters.importJobId && (
        <Tag closable onClose={() => onChange({ importJobId: undefined })} data-testid="import-job-filter">
          {m.byImportJob}
        </Tag>
      )}
      {disposalFilters.anySet(filters) && (
        <Button size="small" type="link" onClick={onClear} style={{ padding: 0 }}>
          {m.clearFilters}
        </Button>
      )}
    </Flex>
  );
}
