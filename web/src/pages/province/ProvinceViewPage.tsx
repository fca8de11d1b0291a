/**
 * 态势总览 (/province, and the leader's home): this year against plan, the monthly unqualified
 * rate, the map of Sichuan (click a city for its counties) coloured by a chosen indicator, the
 * units with most overdue work, open escalations and cases, and the 24-hour reports' timeliness.
 * A city bureau gets the same for its counties. Every figure opens the list behind it, with its
 * filters in the URL; the region and year are in this page's URL too.
 */
import { Button, Card, Col, Flex, Progress, Row, Segmented, Select, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { FullPageSpin } from '../../components/FullPageSpin';
import { links, useDashboard, type DashboardArea } from './dashboard-api';
import { provinceMessages as m } from './messages';

const ProvinceMap = lazy(() => import('./ProvinceMap'));
const TrendChart = lazy(() => import('./TrendChart'));
const OpenOpinionPanel = lazy(() => import('../opinion/OpenOpinionPanel'));

const PROVINCE = '510000';
const thisYear = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const pct = (n: number) => `${n.toFixed(2)}%`;

function Figure({ title, value, href, sub, danger, testId }: { title: string; value: ReactNode; href: string; sub?: ReactNode; danger?: boolean; testId: string }) {
  return (
    <Link to={href} data-testid={testId} style={{ display: 'block' }}>
      <Card size="small" hoverable>
        <Statistic title={title} value={value as string} styles={{ content: { color: danger ? '#cf1322' : undefined } }} />
        {sub && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{sub}</Typography.Text>}
      </Card>
    </Link>
  );
}

/** The region the page opens on: the URL's, else the user's city (a bureau) or the province. */
function useRegion(): [string, number, (next: { regionCode?: string; year?: number }) => void] {
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const own = me?.unit.regionCode && me.unit.regionCode !== PROVINCE ? `${me.unit.regionCode.slice(0, 4)}00` : PROVINCE;
  const regionCode = params.get('regionCode') ?? own;
  const year = Number(params.get('year')) || thisYear();
  return [regionCode, year, (next) => setParams({ regionCode: next.regionCode ?? regionCode, year: String(next.year ?? year) })];
}

export default function ProvinceViewPage({ home = false }: { home?: boolean }) {
  const [regionCode, year, go] = useRegion();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data, error, isPending, refetch } = useDashboard(regionCode, year);
  const [indicatorKey, setIndicatorKey] = useState<string>();
  const names = useMemo(() => new Map((data?.items ?? []).map((a) => [a.regionCode, a.name])), [data]);
  if (isPending) return <FullPageSpin />;
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  const indicator = data.indicators.find((i) => i.key === indicatorKey) ?? data.indicators[0];
  const province = data.level === 'city';
  const title = province ? m.titleProvince : m.titleArea(data.regionName);
  const t = data.totals;
  const urgent = data.urgentReports;
  const pickArea = (code: string) => {
    if (province) go({ regionCode: code });
    else {
      const href = indicator?.values.find((v) => v.regionCode === code)?.href;
      if (href) navigate(href);
    }
  };
  const canGoUp = !province && (me?.unit.regionCode === PROVINCE || !me?.unit.regionCode);
  const years = Array.from({ length: 5 }, (_, i) => thisYear() - i);

  return (
    <>
      <PageHeader
        title={title}
        extra={
          <Space wrap>
            {canGoUp && <Button onClick={() => go({ regionCode: PROVINCE })} data-testid="back-to-province">{m.backToProvince}</Button>}
            <Select aria-label={m.year} value={year} onChange={(y) => go({ year: y })} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} />
            <Link to={`/briefing?regionCode=${regionCode}`}>{m.briefing}</Link>
            {home && <Link to="/workbench">{m.myInbox}</Link>}
          </Space>
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={8} xl={4}>
          <Figure testId="fig-samples" title={m.samples} value={t.samples} href={links.samples(regionCode, year)} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Figure testId="fig-unqualified" title={m.unqualified} value={t.unqualified} sub={`${m.unqualifiedRate} ${pct(t.unqualifiedRate)}`} href={links.samples(regionCode, year, '&conclusion=unqualified')} danger={t.unqualified > 0} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Link to={links.plans()} data-testid="fig-quota" style={{ display: 'block' }}>
            <Card size="small" hoverable>
              <Statistic title={m.quota} value={t.quotaPlanned ? `${t.quotaDone} / ${t.quotaPlanned}` : m.noValue} />
              {t.quotaPlanned > 0 ? (
                <Progress percent={Math.min(100, Math.round((t.quotaDone / t.quotaPlanned) * 100))} size="small" />
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.quotaNone}</Typography.Text>
              )}
            </Card>
          </Link>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Figure testId="fig-overdue" title={m.overdueDisposals} value={t.overdueDisposals} href={links.overdueDisposals(data.regionUnitId ?? undefined)} danger={t.overdueDisposals > 0} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Figure testId="fig-escalations" title={m.openEscalations} value={data.escalations.open} href={links.escalations()} sub={`${m.openCases} ${data.cases.open}`} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Figure
            testId="fig-urgent"
            title={m.urgentOnTime}
            value={urgent.onTimeRate === null ? m.noValue : pct(urgent.onTimeRate)}
            href={links.urgent()}
            sub={m.urgentDetail(urgent.onTime, urgent.late, urgent.pending)}
            danger={urgent.late > 0}
          />
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={province ? m.mapTitleProvince : m.mapTitleCity}
            extra={
              <Flex align="center" gap={8}>
                <Typography.Text type="secondary">{m.indicator}</Typography.Text>
                <Segmented data-testid="indicator" value={indicator?.key} onChange={(key) => setIndicatorKey(String(key))} options={data.indicators.map((i) => ({ value: i.key, label: i.label }))} />
              </Flex>
            }
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{province ? m.mapHintProvince : m.mapHintCity}</Typography.Text>
            {indicator?.note && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }} data-testid="indicator-note">
                {indicator.label}：{indicator.note}
              </Typography.Paragraph>
            )}
            <div data-testid="province-map">
              <Suspense fallback={<div style={{ height: 460 }} />}>
                <ProvinceMap regionCode={province ? PROVINCE : regionCode} indicator={indicator} names={names} onPick={pickArea} />
              </Suspense>
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={m.trendTitle(year)} style={{ marginBottom: 12 }}>
            <Suspense fallback={<div style={{ height: 300 }} />}>
              <TrendChart monthly={data.monthly} onPick={(month) => navigate(`/samples?${regionCode === PROVINCE ? '' : `regionCode=${regionCode}&`}dateFrom=${month}-01&dateTo=${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate()}`)} />
            </Suspense>
          </Card>
          <Card size="small" title={m.overdueUnitsTitle}>
            <Table
              size="small"
              rowKey="unitId"
              pagination={false}
              locale={{ emptyText: m.overdueUnitsEmpty }}
              dataSource={data.overdueUnits}
              columns={[
                { title: m.unit, dataIndex: 'unitName' },
                { title: m.overdueDisposals, dataIndex: 'overdueDisposals', align: 'right', render: (n: number, u) => <Link to={links.overdueDisposals(u.unitId)}>{n}</Link> },
                { title: m.overdueWorkItems, dataIndex: 'overdueWorkItems', align: 'right' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {/* 较大、重大舆情事件 (issue 14 §2): for those who read the register (协调处, the leadership). */}
      {me?.menu.includes('opinion') && (
        <Suspense fallback={null}>
          <OpenOpinionPanel />
        </Suspense>
      )}
      <Card size="small" title={m.areaTable} style={{ marginTop: 12 }}>
        <Table<DashboardArea>
          size="small"
          rowKey="regionCode"
          pagination={false}
          dataSource={data.items}
          data-testid="area-table"
          columns={[
            {
              title: m.area,
              dataIndex: 'name',
              render: (name: string, a) => (province ? <a onClick={() => go({ regionCode: a.regionCode })}>{name}</a> : name),
            },
            { title: m.samples, dataIndex: 'samples', align: 'right', sorter: (a, b) => a.samples - b.samples, render: (n: number, a) => <Link to={links.samples(a.regionCode, year)}>{n}</Link> },
            { title: m.unqualified, dataIndex: 'unqualified', align: 'right', sorter: (a, b) => a.unqualified - b.unqualified, render: (n: number, a) => <Link to={links.samples(a.regionCode, year, '&conclusion=unqualified')}>{n}</Link> },
            { title: m.unqualifiedRate, dataIndex: 'unqualifiedRate', align: 'right', sorter: (a, b) => a.unqualifiedRate - b.unqualifiedRate, render: pct },
            { title: m.quota, key: 'quota', align: 'right', render: (_, a) => (a.quotaPlanned ? `${a.quotaDone} / ${a.quotaPlanned}` : m.noValue) },
            { title: m.overdueDisposals, dataIndex: 'overdueDisposals', align: 'right', sorter: (a, b) => a.overdueDisposals - b.overdueDisposals, render: (n: number, a) => <Link to={links.overdueDisposals(a.unitId)}>{n}</Link> },
            // The map's chosen indicator as a column too (不合格率 and 超期核查处置 have their own columns above):
            // its figures are readable (and linked) without the map.
            ...(indicator && !['unqualifiedRate', 'overdueDisposals'].includes(indicator.key)
              ? [
                  {
                    title: indicator.label,
                    key: 'indicator',
                    align: 'right' as const,
                    render: (_: unknown, a: DashboardArea) => {
                      const v = indicator.values.find((x) => x.regionCode === a.regionCode);
                      if (!v) return m.noValue;
                      const text = indicator.format === 'percent' ? `${v.value.toFixed(2)}%` : String(v.value);
                      return v.href ? <Link to={v.href} data-testid={`indicator-${a.regionCode}`}>{text}</Link> : <span data-testid={`indicator-${a.regionCode}`}>{text}</span>;
                    },
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
