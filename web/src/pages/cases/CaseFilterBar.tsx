/** The 稽查案件 filter bar. Every change goes to the URL (page back to 1) through `onChange`. */
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { messages } from '../../messages';
import { caseFilters, caseSourceOptions, caseStageOptions, type CaseFilters } from './case-filters';

const m = messages.cases;

interface Props {
  filters: CaseFilters;
  onChange: (changes: CaseFilters) => void;
  onClear: () => void;
}

export function CaseFilterBar({ filters, onChange, onClear }: Props) {
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const select = (key: 'stage' | 'source', placeholder: string, options: { value: string; label: string }[], width: number) => (
    <Select allowClear placeholder={placeholder} aria-label={placeholder} style={{ width }} options={options} value={filters[key]} onChange={(value?: string) => onChange({ [key]: value })} />
  );

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={m.searchPlaceholder}
        aria-label={m.searchPlaceholder}
        style={{ width: 260 }}
        value={q}
        maxLength={64}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
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
