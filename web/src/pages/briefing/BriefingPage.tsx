/**
 * 研判材料 (/briefing): what a unit brings to its "321" risk meeting, for a region in its line and
 * a period of whole months (in the URL), against the previous period and the same period last
 * year. Every figure opens the list behind it; the same pack downloads as a Word document.
 */
import { Button, Card, Col, DatePicker, Descriptions, Empty, Row, Space, Table, Typography } from 'antd';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { todayForPicker } from '../../lib/time';
import { Link, useSearchParams } from 'react-router';
import type { Briefing, BriefingRow } from '@contracts/stats';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RegionSelect } from '../../components/RegionSelect';
import { briefingMessages as m } from './messages';

const pct = (n: number) => `${n.toFixed(2)}%`;
const month = (d: dayjs.Dayjs) => d.format('YYYY-MM');

/** The quarter before this month's, by default: the period a meeting looks back on. */
function defaultPeriod() {
  const now = todayForPicker();
  const start = now.subtract(3, 'month').startOf('month');
  return { from: month(start), to: month(start.add(2, 'month')) };
}

function ComparisonTable({ rows, testId }: { rows: BriefingRow[]; testId: string }) {
  return (
    <Table<BriefingRow>
      size="small"
      rowKey={(r) => r.key ?? r.name}
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      columns={[
        { title: m.name, dataIndex: 'name' },
        { title: m.samples, key: 's', align: 'right', render: (_, r) => <Link to={r.href}>{r.current.samples}</Link> },
        { title: m.unqualified, key: 'u', align: 'right', render: (_, r) => <Link to={`${r.href}&conclusion=unqualified`}>{r.current.unqualified}</Link> },
        { title: m.rate, key: 'r', align: 'right', render: (_, r) => pct(r.current.unqualifiedRate) },
        { title: m.previousRate, key: 'p', align: 'right', render: (_, r) => pct(r.previous.unqualifiedRate) },
        { title: m.lastYearRate, key: 'l', align: 'right', render: (_, r) => pct(r.lastYear.unqualifiedRate) },
      ]}
    />
  );
}

export default function BriefingPage() {
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const fallback = defaultPeriod();
  const own = me?.unit.kind === 'city_bureau' || me?.unit.kind === 'county_bureau' ? (me.unit.regionCode ?? '510000') : '510000';
  const query = { regionCode: params.get('regionCode') ?? own, from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['briefing', query],
    queryFn: () => api.get<Briefing>('/api/briefing', query),
    placeholderData: keepPreviousData,
  });
  const set = (next: Partial<typeof query>) => setParams({ ...query, ...next });
  if (isPending) return <FullPageSpin />;
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  const { periods, summary, work } = data;
  const span = (p: { from: string; to: string }) => `${p.from} 至 ${p.to}`;
  return (
    <>
      <PageHeader
        title={m.title(data.regionName)}
        extra={
          <Space wrap>
            <RegionSelect aria-label={m.region} value={query.regionCode} onChange={(regionCode) => set({ regionCode })} style={{ width: 220 }} />
            <DatePicker.RangePicker
              picker="month"
              aria-label={m.period}
              allowClear={false}
              value={[dayjs(`${query.from}-01`), dayjs(`${query.to}-01`)]}
              onChange={(range) => range?.[0] && range[1] && set({ from: month(range[0]), to: month(range[1]) })}
            />
            <Button type="primary" onClick={() => api.download('/api/briefing.docx', query, `${m.title(data.regionName)}.docx`)}>
              {m.download}
            </Button>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{m.periods(span(periods.current), span(periods.previous), span(periods.lastYear))}</Typography.Paragraph>
      <Card size="small" title={m.summary} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={m.current}>
            <Link to={summary.href} data-testid="summary-samples">{summary.current.samples}</Link>&nbsp;批次，不合格&nbsp;
            <Link to={`${summary.href}&conclusion=unqualified`}>{summary.current.unqualified}</Link>&nbsp;批次（{pct(summary.current.unqualifiedRate)}）
          </Descriptions.Item>
          <Descriptions.Item label={m.previous}>{summary.previous.samples} 批次，不合格率 {pct(summary.previous.unqualifiedRate)}</Descriptions.Item>
          <Descriptions.Item label={m.lastYear}>{summary.lastYear.samples} 批次，不合格率 {pct(summary.lastYear.unqualifiedRate)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.byCategory}><ComparisonTable rows={data.byCategory} testId="by-category" /></Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.byRegion} style={{ marginBottom: 12 }}><ComparisonTable rows={data.byRegion} testId="by-region" /></Card>
          <Card size="small" title={m.byLink}><ComparisonTable rows={data.byLink} testId="by-link" /></Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.byItem}>
            <Table
              size="small"
              rowKey="name"
              pagination={false}
              dataSource={data.byItem}
              columns={[
                { title: m.name, dataIndex: 'name' },
                { title: m.current, dataIndex: 'current', align: 'right', render: (n: number, r) => <Link to={r.href}>{n}</Link> },
                { title: m.previous, dataIndex: 'previous', align: 'right' },
                { title: m.lastYear, dataIndex: 'lastYear', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={m.work} style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={m.openDisposals}><Link to="/disposals">{work.openDisposals}</Link></Descriptions.Item>
              <Descriptions.Item label={m.overdueDisposals}><Link to="/disposals?overdue=true">{work.overdueDisposals}</Link></Descriptions.Item>
              <Descriptions.Item label={m.urgentRaised}><Link to="/urgent?status=closed">{work.urgentReports.raised}</Link></Descriptions.Item>
              <Descriptions.Item label={m.urgentLate}>{work.urgentReports.late}</Descriptions.Item>
              <Descriptions.Item label={m.openEscalations}><Link to="/escalations?status=active">{work.openEscalations}</Link></Descriptions.Item>
              <Descriptions.Item label={m.openCases}><Link to="/cases">{work.openCases}</Link></Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={m.offenders} style={{ marginBottom: 12 }}>
            <Table
              size="small"
              rowKey="enterpriseId"
              pagination={false}
              locale={{ emptyText: m.offendersEmpty }}
              dataSource={data.repeatOffenders}
              columns={[
                { title: m.enterprise, dataIndex: 'name', render: (name: string, o) => <Link to={`/enterprises/${o.enterpriseId}`}>{name}</Link> },
                { title: m.unqualifiedCount, dataIndex: 'unqualified', align: 'right', render: (n: number, o) => <Link to={o.href}>{n}</Link> },
              ]}
            />
          </Card>
          {data.sections.map((section) => (
            <Card key={section.key} size="small" title={section.title} style={{ marginBottom: 12 }}>
              {section.available ? (
                <Descriptions size="small" column={2}>
                  {section.rows.map((r) => (
                    <Descriptions.Item key={r.label} label={r.label}>{r.href ? <Link to={r.href}>{r.value}</Link> : r.value}</Descriptions.Item>
                  ))}
                </Descriptions>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.notAvailable} />
              )}
            </Card>
          ))}
        </Col>
      </Row>
    </>
  );
}
