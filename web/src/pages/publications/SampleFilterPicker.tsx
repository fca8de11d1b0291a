/**
 * Picks a batch's samples by plan / period / conclusion / region (issue 13 §1) and shows what
 * the server would take: the count (refused beyond the cap) and the first rows. The server
 * resolves the same filter when the batch is drafted, within the drafter's scope.
 */
import { Alert, DatePicker, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { ConclusionTag } from '../../components/ConclusionTag';
import { RegionSelect, useRegionName } from '../../components/RegionSelect';
import { usePlans } from '../plans/plans-api';
import { publicationMessages as m } from './messages';
import { useSampleFilterPreview, type SampleFilterValue } from './publications-api';

const DATE = 'YYYY-MM-DD';

export function SampleFilterPicker({ value = {}, onChange }: { value?: SampleFilterValue; onChange?: (v: SampleFilterValue) => void }) {
  const set = (patch: Partial<SampleFilterValue>) => onChange?.({ ...value, ...patch });
  const { data: plans, isPending: plansLoading } = usePlans({ page: 1, pageSize: 100 });
  const preview = useSampleFilterPreview(value);
  const regionName = useRegionName();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        placeholder={m.filterPlan}
        aria-label={m.filterPlan}
        loading={plansLoading}
        value={value.planId}
        onChange={(planId?: string) => set({ planId })}
        options={(plans?.items ?? []).map((p) => ({ value: p.id, label: `${p.year}年 ${p.name}` }))}
      />
      <Space wrap>
        <Radio.Group
          value={value.dateField ?? 'sampling'}
          onChange={(e) => set({ dateField: e.target.value })}
          options={[{ value: 'sampling', label: m.filterSamplingDate }, { value: 'conclusion', label: m.filterConclusionDate }]}
        />
        <DatePicker.RangePicker
          aria-label={m.filterPeriod}
          allowEmpty={[true, true]}
          value={[value.dateFrom ? dayjs(value.dateFrom) : null, value.dateTo ? dayjs(value.dateTo) : null]}
          onChange={(range) => set({ dateFrom: range?.[0]?.format(DATE), dateTo: range?.[1]?.format(DATE) })}
        />
      </Space>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={m.filterConclusion}
          aria-label={m.filterConclusion}
          value={value.conclusion}
          onChange={(conclusion?: SampleFilterValue['conclusion']) => set({ conclusion })}
          options={[{ value: 'unqualified', label: m.unqualified }, { value: 'qualified', label: m.qualified }]}
        />
        <RegionSelect allowClear style={{ width: 240 }} placeholder={m.filterRegion} aria-label={m.filterRegion} value={value.regionCode} onChange={(regionCode?: string) => set({ regionCode })} />
      </Space>
      {preview.error ? (
        <Alert type="error" showIcon message={m.filterInvalid} />
      ) : preview.data ? (
        <>
          {preview.data.overCap ? (
            <Alert type="warning" showIcon message={m.filterOverCap(preview.data.cap)} />
          ) : (
            <Typography.Text data-testid="filter-count">{m.filterCount(preview.data.total)}</Typography.Text>
          )}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={preview.data.items}
            columns={[
              { title: m.sampleNo, dataIndex: 'sampleNo', width: 150 },
              { title: m.foodName, dataIndex: 'foodName' },
              { title: m.sampledParty, dataIndex: 'sampledPartyName' },
              { title: m.region, dataIndex: 'regionCode', width: 110, render: (code: string | null) => regionName(code) },
              { title: m.conclusion, dataIndex: 'conclusion', width: 80, render: (c: string) => <ConclusionTag value={c} /> },
            ]}
          />
          {preview.data.total > preview.data.items.length && !preview.data.overCap && <Typography.Text type="secondary">{m.filterFirstRows(preview.data.items.length)}</Typography.Text>}
        </>
      ) : null}
    </Space>
  );
}
