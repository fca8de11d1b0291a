/** The 督办 list's filters. Every change goes to the URL (page back to 1) through `onChange`. */
import { Button, Flex, Select, Switch, Typography } from 'antd';
import { escalationsMessages } from './messages';
import { escalationFilters, escalationStatusOptions, type EscalationFilters } from './escalation-filters';
import { DEFAULT_STATUS, enterpriseSearch, yearOptions, type OwnerDivision } from './escalation-format';
import type { EscalationRule } from './escalations-api';
import { SearchFilter } from '../../components/SearchFilter';

const m = escalationsMessages;

interface Props {
  filters: EscalationFilters;
  rules: EscalationRule[];
  /** Offered to users who see more than one division's escalations. */
  divisions: OwnerDivision[] | null;
  onChange: (changes: EscalationFilters) => void;
  onClear: () => void;
}

function Toggle({ checked, label, onChange }: { checked: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <Flex gap={6} align="center">
      <Switch size="small" checked={checked} onChange={onChange} aria-label={label} />
      <Typography.Text style={{ cursor: 'pointer' }} onClick={() => onChange(!checked)}>
        {label}
      </Typography.Text>
    </Flex>
  );
}

export function EscalationFilterBar({ filters, rules, divisions, onChange, onClear }: Props) {

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchFilter value={filters.creditCode ?? filters.q} placeholder={m.searchPlaceholder} width={230} onSearch={(text) => onChange(enterpriseSearch(text ?? ''))} />
      <Select
        aria-label={m.statusLabel}
        style={{ width: 130 }}
        options={escalationStatusOptions}
        value={filters.status ?? DEFAULT_STATUS}
        // The default stays out of the URL, like page 1.
        onChange={(status: string) => onChange({ status: status === DEFAULT_STATUS ? undefined : status })}
      />
      <Select
        allowClear
        placeholder={m.rule}
        aria-label={m.rule}
        style={{ width: 230 }}
        popupMatchSelectWidth={false}
        options={rules.map((r) => ({ value: r.id, label: r.name }))}
        value={filters.ruleId}
        onChange={(ruleId?: string) => onChange({ ruleId })}
      />
      <Select
        allowClear
        placeholder={m.year}
        aria-label={m.year}
        style={{ width: 100 }}
        options={yearOptions(new Date()).map((y) => ({ value: String(y), label: m.yearText(y) }))}
        value={filters.year}
        onChange={(year?: string) => onChange({ year })}
      />
      {divisions && (
        <Select
          allowClear
          placeholder={m.division}
          aria-label={m.division}
          style={{ width: 130 }}
          options={divisions.map((d) => ({ value: d.unitId, label: d.name }))}
          value={filters.ownerUnitId}
          onChange={(ownerUnitId?: string) => onChange({ ownerUnitId })}
        />
      )}
      {/* The switches wrap as one group, never one of them alone on a line. */}
      <Flex gap={12} align="center">
        <Toggle checked={filters.overdue === 'true'} label={m.overdueOnly} onChange={(on) => onChange({ overdue: on ? 'true' : undefined })} />
        <Toggle checked={filters.belowThreshold === 'true'} label={m.belowOnly} onChange={(on) => onChange({ belowThreshold: on ? 'true' : undefined })} />
        {escalationFilters.anySet(filters) && (
          <Button size="small" type="link" onClick={onClear} style={{ padding: 0 }}>
            {m.clearFilters}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
