/** The 稽查案件 filter bar. Every change goes to the URL (page back to 1) through `onChange`. */
import { Button, Checkbox, Flex, Select } from 'antd';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { casesMessages } from './messages';
import { caseFilters, caseSourceOptions, caseStageOptions, type CaseFilters } from './case-filters';
import { SearchFilter } from '../../components/SearchFilter';

const m = casesMessages;

interface Props {
  filters: CaseFilters;
  onChange: (changes: CaseFilters) => void;
  onClear: () => void;
}

export function CaseFilterBar({ filters, onChange, onClear }: Props) {

  const select = (key: 'stage' | 'source', placeholder: string, options: { value: string; label: string }[], width: number) => (
    <Select allowClear placeholder={placeholder} aria-label={placeholder} style={{ width }} options={options} value={filters[key]} onChange={(value?: string) => onChange({ [key]: value })} />
  );

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchFilter value={filters.q} placeholder={m.searchPlaceholder} width={260} maxLength={64} onSearch={(q) => onChange({ q })} />
      {select('stage', m.filterStage, caseStageOptions, 130)}
      {select('source', m.filterSource, caseSourceOptions, 130)}
      <UnitTreeSelect
        allowClear
        placeholder={m.ownerUnit}
        aria-label={m.ownerUnit}
        style={{ width: 240 }}
        value={filters.ownerUnitId}
        onChange={(ownerUnitId?: string) => onChange({ ownerUnitId })}
      />
      <Checkbox checked={filters.overdue === 'true'} onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}>
        {m.overdueOnly}
      </Checkbox>
      {caseFilters.anySet(filters) && (
        <Button size="small" type="link" onClick={onClear} style={{ padding: 0 }}>
          {m.clearFilters}
        </Button>
      )}
    </Flex>
  );
}
