/**
 * 风险分析 (/analytics, issue 12 §1): where the province's food fails. Any one or two dimensions as a
 * pivot of unqualified (or 问题) rates with the samples behind each cell, the category tree drilled
 * down level by level, the trend by month, the map of cities (or a city's counties) and the test
 * items that fail most. Every figure links to the sample list with the same filters; the view
 * downloads as xlsx. The choices live in the URL. Scope is the server's: a county sees its own.
 * Below, the year's complaints (投诉举报) by category, region, enterprise or month.
 */
import { Breadcrumb, Button, Card, Col, DatePicker, Empty, Flex, Row, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { shanghaiYear } from '../../lib/time';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCapability, useMe } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RegionSelect } from '../../components/RegionSelect';
import { linkFilterOptions, samplingTypeOptions } from '../../lib/enums';
import { usePivot } from './analytics-api';
import { ComplaintCountsCard } from './ComplaintCountsCard';
import { analyticsMessages as m, dimensionOptions, itemCompatible } from './messages';
import { PivotTable, type Measure } from './PivotTable';

const ProvinceMap = lazy(() => import('../province/ProvinceMap'));
const RateTrendChart = lazy(() => import('./RateTrendChart'));
const BarChart = lazy(() => import('../../components/BarChart'));

const PROVINCE = '510000';
const thisYear = () => String(shanghaiYear());
const cityOf = (code: string) => `${code.slice(0, 4)}00`;

/** The page's state, from the URL; what is not there takes the defaults. */
function useAnalyticsParams() {
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const own = me?.unit.regionCode && me.unit.regionCode !== PROVINCE ? me.unit.regionCode : null;
  const get = (k: string) => params.get(k) ?? undefined;
  const state = {
    rows: get('rows') ?? (own ? 'county' : 'city'),
    columns: get('columns'),
    from: get('from') ?? `${thisYear()}-01`,
    to: get('to') ?? `${thisYear()}-12`,
    regionCode: get('regionCode'),
    link: get('link'),
    samplingType: get('samplingType'),
    categoryId: get('categoryId'),
    categoryLevel: get('categoryLevel'),
    measure: (get('measure') ?? 'unqualified') as Measure,
    /** The drill path's names, for the breadcrumb (ids|names). */
    path: get('path'),
  };
  const set = (next: Partial<typeof state>) => {
    const merged: Record<string, string | undefined> = { ...state, ...next };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) out.set(k, v);
    setParams(out);
  };
  return { state, set, own };
}

export default function AnalyticsPage() {
  const { state, set, own } = useAnalyticsParams();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const readsComplaints = useCapability('analytics.complaints');
  const level = Number(state.categoryLevel ?? 1);
  const filters = {
    from: state.from,
    to: state.to,
    regionCode: state.regionCode,
    link: state.link,
    samplingType: state.samplingType,
    categoryId: state.categoryId,
    categoryLevel: level > 1 ? level : undefined,
  };
  const query = { rows: state.rows, columns: state.columns, ...filters };
  const pivot = usePivot(query);
  const trend = usePivot({ ...filters, rows: 'month' });
  // The map: the cities, or the counties of the city in view (a bureau's own city).
  const mapCity = state.regionCode && state.regionCode !== PROVINCE ? cityOf(state.regionCode) : own ? cityOf(own) : null;
  const countyUser = Boolean(own && !own.endsWith('00'));
  const map = usePivot({ ...filters, rows: mapCity ? 'county' : 'city', regionCode: countyUser ? own! : (mapCity ?? state.regionCode) });
  // The test items: only the filters their counts are kept by (no category below 大类).
  const items = usePivot(level > 1 || state.categoryId ? null : { ...filters, rows: 'item' });

  const names = useMemo(() => new Map((map.data?.rowItems ?? []).filter((r) => r.key).map((r) => [r.key!, r.label])), [map.data]);
  const indicator = useMemo(
    () =>
      map.data && {
        key: state.measure,
        label: state.measure === 'unqualified' ? m.unqualifiedRate : m.issueRate,
        format: 'percent' as const,
        higherIsWorse: true,
        note: null,
        values: map.data.rowItems
          .filter((r) => r.key)
          .map((r) => ({ regionCode: r.key!, value: state.measure === 'unqualified' ? r.total.rate : r.total.issueRate, href: r.total.href })),
      },
    [map.data, state.measure],
  );
  const topItems = useMemo(
    () => [...(items.data?.rowItems ?? [])].filter((r) => r.total.unqualified + r.total.issue > 0).sort((a, b) => b.total.unqualified + b.total.issue - (a.total.unqualified + a.total.issue)).slice(0, 10),
    [items.data],
  );

  const pickDimension = (key: 'rows' | 'columns', value?: string) => {
    const next = { [key]: value } as Partial<typeof state>;
    const other = key === 'rows' ? state.columns : state.rows;
    if (value && value === other) next[key === 'rows' ? 'columns' : 'rows'] = undefined;
    // The item pairs only with the dimensions its counts are kept by.
    if (value === 'item' && other && !itemCompatible.includes(other)) next[key === 'rows' ? 'columns' : 'rows'] = undefined;
    if (value === 'item') Object.assign(next, { categoryId: undefined, categoryLevel: undefined, path: undefined });
    set(next);
  };
  const drillPath = (state.path ?? '').split('|').filter(Boolean);
  const categoryInView = state.rows === 'category' || state.columns === 'category';
  const drill =
    state.rows === 'category' && level < 4 && state.columns !== 'item'
      ? (key: string, label: string) => set({ categoryId: key, categoryLevel: String(level + 1), path: [...drillPath, `${key}~${label}`].join('|') })
      : null;
  const dimensionChoices = (other?: string) =>
    dimensionOptions.map((o) => ({ ...o, disabled: other === 'item' ? !itemCompatible.includes(o.value) : o.value === 'item' && Boolean(other && !itemCompatible.includes(other)) }));

  const doExport = async () => {
    setExporting(true);
    try {
      await api.download('/api/analytics/pivot.xlsx', query, `${m.title}.xlsx`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={m.title}
        extra={
          <Button type="primary" onClick={doExport} loading={exporting} data-testid="export">
            {exporting ? m.exporting : m.export}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <Space size={4}>
            <Typography.Text type="secondary">{m.rows}</Typography.Text>
            <Select aria-label={m.rows} data-testid="rows" style={{ width: 140 }} value={state.rows} options={dimensionChoices(state.columns)} onChange={(v) => pickDimension('rows', v)} />
          </Space>
          <Space size={4}>
            <Typography.Text type="secondary">{m.columns}</Typography.Text>
            <Select
              aria-label={m.columns}
              data-testid="columns"
              allowClear
              placeholder={m.noColumns}
              style={{ width: 140 }}
              value={state.columns}
              options={dimensionChoices(state.rows)}
              onChange={(v?: string) => pickDimension('columns', v)}
            />
          </Space>
          <DatePicker.RangePicker
            picker="month"
            aria-label={m.period}
            allowClear={false}
            value={[dayjs(`${state.from}-01`), dayjs(`${state.to}-01`)]}
            onChange={(range) => range?.[0] && range[1] && set({ from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') })}
          />
          <RegionSelect allowClear placeholder={m.region} aria-label={m.region} style={{ width: 200 }} value={state.regionCode} onChange={(regionCode?: string) => set({ regionCode })} />
          <Select allowClear placeholder={m.link} aria-label={m.link} style={{ width: 110 }} options={linkFilterOptions} value={state.link} onChange={(link?: string) => set({ link })} />
          <Select allowClear placeholder={m.samplingType} aria-label={m.samplingType} style={{ width: 130 }} options={samplingTypeOptions} value={state.samplingType} onChange={(samplingType?: string) => set({ samplingType })} />
          <Space size={4}>
            <Typography.Text type="secondary">{m.measure}</Typography.Text>
            <Segmented
              data-testid="measure"
              value={state.measure}
              onChange={(v) => set({ measure: v as Measure })}
              options={[
                { value: 'unqualified', label: m.unqualifiedRate },
                { value: 'issue', label: m.issueRate },
              ]}
            />
          </Space>
        </Flex>
      </Card>
      <Card
        size="small"
        title={m.pivotTitle}
        style={{ marginBottom: 12 }}
        extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.smallHint(pivot.data?.smallThreshold ?? 20)}</Typography.Text>}
      >
        {(categoryInView || state.categoryId) && (
          <Breadcrumb
            style={{ marginBottom: 8 }}
            data-testid="drill-path"
            items={[
              { title: <a onClick={() => set({ categoryId: undefined, categoryLevel: undefined, path: undefined })}>{m.allCategories}</a> },
              ...drillPath.map((step, i) => {
                const [id, label] = step.split('~');
                const keep = drillPath.slice(0, i + 1).join('|');
                return { title: i === drillPath.length - 1 ? label : <a onClick={() => set({ categoryId: id, categoryLevel: String(i + 2), path: keep })}>{label}</a> };
              }),
            ]}
          />
        )}
        {drill && <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>{m.drillHint}</Typography.Paragraph>}
        {pivot.error ? <QueryError error={pivot.error} onRetry={() => pivot.refetch()} /> : pivot.data ? <PivotTable pivot={pivot.data} measure={state.measure} onDrill={drill} /> : <div style={{ height: 200 }} />}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.mapTitle} extra={mapCity && !own && <a onClick={() => set({ regionCode: undefined })}>{m.backToProvince}</a>}>
            {!mapCity && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.mapHintProvince}</Typography.Text>}
            <div data-testid="analytics-map">
              <Suspense fallback={<div style={{ height: 420 }} />}>
                {indicator && (
                  <ProvinceMap
                    regionCode={mapCity ?? PROVINCE}
                    indicator={indicator}
                    names={names}
                    height={420}
                    onPick={(code) => {
                      if (!mapCity) set({ regionCode: code });
                      else {
                        const href = indicator.values.find((v) => v.regionCode === code)?.href;
                        if (href) navigate(href);
                      }
                    }}
                  />
                )}
              </Suspense>
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.trendTitle} style={{ marginBottom: 12 }}>
            <Suspense fallback={<div style={{ height: 300 }} />}>
              {trend.data && <RateTrendChart pivot={trend.data} measure={state.measure} onPick={(href) => navigate(href)} />}
            </Suspense>
          </Card>
          {!state.categoryId && (
            <Card size="small" title={m.topItemsTitle}>
              {topItems.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noFailures} />
              ) : (
                <Suspense fallback={<div style={{ height: 300 }} />}>
                  <BarChart
                    horizontal
                    height={Math.max(200, topItems.length * 28 + 40)}
                    categories={topItems.map((r) => r.label)}
                    series={[
                      { name: m.topItemsSeries, data: topItems.map((r) => r.total.unqualified), color: '#cf1322' },
                      { name: m.topItemsIssueSeries, data: topItems.map((r) => r.total.issue), color: '#fa8c16' },
                    ]}
                    stacked
                  />
                </Suspense>
              )}
            </Card>
          )}
        </Col>
      </Row>
      {readsComplaints && <ComplaintCountsCard year={Number(state.to.slice(0, 4))} regionCode={state.regionCode} defaultBy={own ? 'county' : 'city'} />}
    </>
  );
}
