/**
 * 全省概况 (辖区概况 for a bureau): the work in the user's scope at a glance — open and overdue
 * disposals, open 24-hour reports and escalations, this year's unqualified results — each figure
 * a link to the list it counts, and for the province the unqualified results by city.
 */
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { workbenchMessages } from './messages';
import type { Overview } from './work-items-api';

const BarChart = lazy(() => import('../../components/BarChart'));

const m = workbenchMessages;

interface Figure {
  key: string;
  title: string;
  value: number | null | undefined;
  href: string;
  color?: string;
}

function figures(o: Overview): Figure[] {
  const all: Figure[] = [
    { key: 'openDisposals', title: m.openDisposals, value: o.openDisposals, href: '/disposals' },
    { key: 'overdueDisposals', title: m.overdueDisposals, value: o.overdueDisposals, href: '/disposals?overdue=true', color: (o.overdueDisposals ?? 0) > 0 ? '#cf1322' : undefined },
    { key: 'openUrgentReports', title: m.openUrgentReports, value: o.openUrgentReports, href: '/urgent' },
    { key: 'openEscalations', title: m.openEscalations, value: o.openEscalations, href: '/escalations' },
    {
      key: 'unqualifiedThisYear',
      title: m.unqualifiedThisYear(o.year),
      value: o.unqualifiedThisYear,
      href: `/samples?conclusion=unqualified&dateFrom=${o.year}-01-01&dateTo=${o.year}-12-31`,
    },
  ];
  return all.filter((f) => typeof f.value === 'number');
}

/** Whether the overview has anything to show (administrators and auditors get no figures). */
export function hasOverview(o: Overview | undefined): o is Overview {
  return Boolean(o && figures(o).length > 0);
}

export function OverviewCard({ overview: o, province }: { overview: Overview; province: boolean }) {
  const shown = figures(o);
  const cities = o.unqualifiedByCity ?? [];
  return (
    <Card
      data-testid="overview"
      title={province ? m.overviewProvince : m.overviewArea}
      extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.overviewHint}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={province && cities.length > 1 ? 10 : 24}>
          <Flex wrap gap={24}>
            {shown.map((f) => (
              <Link key={f.key} to={f.href} data-testid={`overview-${f.key}`} style={{ minWidth: 120 }}>
                <Statistic title={f.title} value={f.value ?? 0} styles={{ content: { color: f.color } }} />
              </Link>
            ))}
          </Flex>
        </Col>
        {province && cities.length > 1 && (
          <Col xs={24} xl={14}>
            <Typography.Text type="secondary">{m.byCityTitle(o.year)}</Typography.Text>
            <Suspense fallback={<div style={{ height: 220 }} />}>
              <BarChart categories={cities.map((c) => c.name)} series={[{ name: m.byCitySeries, data: cities.map((c) => c.count), color: '#d4380d' }]} height={220} />
            </Suspense>
          </Col>
        )}
      </Row>
    </Card>
  );
}
