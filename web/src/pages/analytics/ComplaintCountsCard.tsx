/**
 * 投诉举报 on the 风险分析 page (issue 14 §1): a year's complaints by food category, city, county,
 * enterprise or month — bars and a table whose every count opens the complaint list with the same
 * filters. Scope is the server's (a county sees its own); downloads as xlsx.
 */
import { Button, Card, Empty, Flex, Segmented, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ComplaintCountItem, ComplaintCounts } from '@contracts/analytics';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { analyticsMessages as m } from './messages';

const BarChart = lazy(() => import('../../components/BarChart'));
type By = ComplaintCounts['by'];

const count = (value: number, href: string | null) => (href && value > 0 ? <Link to={href}>{value}</Link> : value);

export function ComplaintCountsCard({ year, regionCode, defaultBy }: { year: number; regionCode?: string; defaultBy: By }) {
  const [by, setBy] = useState<By>(defaultBy);
  const [exporting, setExporting] = useState(false);
  const query = { by, year, ...(regionCode ? { regionCode } : {}) };
  const { data, error } = useQuery({
    queryKey: ['analytics-complaints', query],
    queryFn: () => api.get<ComplaintCounts>('/api/analytics/complaints', query),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const rows = data ? [...data.items, data.total] : [];
  const doExport = async () => {
    setExporting(true);
    try {
      await api.download('/api/analytics/complaints.xlsx', query, `${m.complaintsTitle(year)}.xlsx`);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Card
      size="small"
      title={m.complaintsTitle(year)}
      style={{ marginTop: 12 }}
      data-testid="complaint-counts"
      extra={
        <Flex gap={8} align="center">
          <Segmented<By> value={by} onChange={setBy} options={Object.entries(m.complaintsBy).map(([value, label]) => ({ value: value as By, label }))} />
          <Button size="small" onClick={doExport} loading={exporting}>
            {m.export}
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Typography.Text type="danger">{error.message}</Typography.Text>
      ) : data && data.total.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.complaintsEmpty} />
      ) : (
        <>
          {data && (
            <Suspense fallback={<div style={{ height: 240 }} />}>
              <BarChart
                horizontal={by !== 'month'}
                height={by === 'month' ? 260 : Math.max(200, data.items.length * 26 + 40)}
                categories={data.items.map((i) => i.label)}
                series={[
                  { name: m.complaintsKindComplaint, data: data.items.map((i) => i.complaints), color: '#1677ff' },
                  { name: m.complaintsKindReport, data: data.items.map((i) => i.reports), color: '#fa8c16' },
                ]}
                stacked
              />
            </Suspense>
          )}
          <Table<ComplaintCountItem>
            rowKey={(r) => `${r.key ?? ''}|${r.label}`}
            size="small"
            pagination={false}
            loading={!data}
            dataSource={rows}
            columns={[
              { title: m.complaintsBy[by], dataIndex: 'label' },
              { title: m.complaintsTotal, dataIndex: 'total', align: 'right', render: (v: number, r) => count(v, r.href) },
              { title: m.complaintsKindComplaint, dataIndex: 'complaints', align: 'right', render: (v: number, r) => count(v, r.complaintsHref) },
              { title: m.complaintsKindReport, dataIndex: 'reports', align: 'right', render: (v: number, r) => count(v, r.reportsHref) },
              { title: m.complaintsTransfers, dataIndex: 'transfers12345', align: 'right', render: (v: number, r) => count(v, r.transfersHref) },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            {by === 'enterprise' ? m.complaintsTopNote : by === 'category' ? m.complaintsCategoryNote : m.complaintsNote}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
