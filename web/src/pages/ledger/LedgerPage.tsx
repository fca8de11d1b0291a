/**
 * /ledger (处置台账): the period (this year unless chosen) and unit; the summary of the selection,
 * the chart per unit, the ledger rows with the five in place, and 导出台账 in the officials' layout.
 */
import { App, Button, Card, Checkbox, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { linkFilterOptions, optionsOf } from '../../lib/enums';
import { messages } from '../../messages';
import { disposalsMessages } from '../disposals/messages';
import { ledgerMessages } from './messages';
import { disposalStatusOptions } from '../disposals/disposal-filters';
import { useLedger, useLedgerByUnit } from './ledger-api';
import { LedgerChart } from './LedgerChart';
import { ledgerFilters, type LedgerFilters } from './ledger-filters';
import { defaultPeriod } from './ledger-format';
import { LedgerSummaryCards } from './LedgerSummaryCards';
import { LedgerTable } from './LedgerTable';

const m = ledgerMessages;
const DATE = 'YYYY-MM-DD';

export default function LedgerPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const parsed = ledgerFilters.parse(params);
  const state = parsed.periodFrom || parsed.periodTo ? parsed : { ...parsed, ...defaultPeriod(new Date()) };
  const filters = ledgerFilters.filtersOnly(state);
  const ledger = useLedger({ ...filters, page: state.page, pageSize: state.pageSize });
  const byUnit = useLedgerByUnit(filters);
  const [exporting, setExporting] = useState(false);
  const update = (changes: LedgerFilters) => setParams(ledgerFilters.toParams({ ...state, ...changes, page: 1 }));

  const onExport = async () => {
    setExporting(true);
    try {
      await api.download('/api/ledger/export.xlsx', filters, `${m.title}.xlsx`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : messages.common.downloadFailed);
    } finally {
      setExporting(false);
    }
  };

  const select = (key: keyof LedgerFilters, placeholder: string, options: { value: string; label: string }[], width: number) => (
    <Select allowClear placeholder={placeholder} aria-label={placeholder} style={{ width }} options={options} value={state[key]} onChange={(v?: string) => update({ [key]: v })} />
  );

  return (
    <>
      <PageHeader
        title={m.title}
        extra={
          <Button onClick={() => void onExport()} loading={exporting}>
            {exporting ? m.exporting : m.export}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Flex gap={12} wrap align="center">
            <DatePicker.RangePicker
              allowClear={false}
              placeholder={m.period}
              style={{ width: 280 }}
              value={[dayjs(state.periodFrom), dayjs(state.periodTo)]}
              onChange={(range) => range?.[0] && range[1] && update({ periodFrom: range[0].format(DATE), periodTo: range[1].format(DATE) })}
            />
            <UnitTreeSelect allowClear placeholder={m.unit} aria-label={m.unit} style={{ width: 260 }} value={state.ownerUnitId} onChange={(ownerUnitId?: string) => update({ ownerUnitId })} />
            {select('status', m.status, disposalStatusOptions, 130)}
            {select('link', disposalsMessages.link, linkFilterOptions, 100)}
            {select('fiveInPlace', m.fiveInPlace, optionsOf(m.fiveInPlaceOptions), 140)}
            <Checkbox checked={state.overdue === 'true'} onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })}>
              {m.overdueOnly}
            </Checkbox>
          </Flex>
        </Card>
        <LedgerSummaryCards summary={ledger.data?.summary} loading={ledger.isPending} />
        <LedgerChart data={byUnit.data} />
        <Card>
          {ledger.error && !ledger.data ? (
            <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />
          ) : (
            <LedgerTable
              items={ledger.data?.items ?? []}
              total={ledger.data?.total ?? 0}
              loading={ledger.isFetching}
              page={state.page}
              pageSize={state.pageSize}
              onPageChange={(page, pageSize) => setParams(ledgerFilters.toParams({ ...state, page, pageSize }))}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
