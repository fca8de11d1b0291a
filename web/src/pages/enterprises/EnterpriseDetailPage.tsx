/**
 * /enterprises/:id: who the enterprise is, and its sampling record year by year; with credit.read,
 * its credit record (history chart and timeline) instead of the plain sampling chart.
 */
import { Alert, Card, Descriptions, Empty, Flex, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { ReviewTag } from '../../components/ConclusionTag';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useRegionName } from '../../components/RegionSelect';
import { labelOf } from '../../lib/enums';
import { messages } from '../../messages';
import { enterprisesMessages } from './messages';
import { CreditRecordSection } from '../credit/CreditRecordSection';
import { useEnterprise } from './enterprises-api';

// ECharts is big: its chunk loads only with a chart to draw.
const BarChart = lazy(() => import('../../components/BarChart'));

const m = enterprisesMessages;

export default function EnterpriseDetailPage() {
  const { id = '' } = useParams();
  const { data: e, error, refetch } = useEnterprise(id);
  const regionName = useRegionName();
  const readsCredit = useCapability('enterprises.credit');
  if (error && !e) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!e) return <Skeleton active paragraph={{ rows: 10 }} />;
  const none = messages.common.none;
  const years = e.samplesByYear;

  return (
    <>
      <PageHeader
        title={e.name}
        extra={
          <Flex gap={12} align="center">
            {e.needsReview && <ReviewTag />}
            <Link to="/enterprises">{m.detailBack}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          {e.needsReview && e.reviewReasons.length > 0 && (
            <Alert type="warning" showIcon title={m.reviewReasons} description={e.reviewReasons.join('；')} style={{ marginBottom: 16 }} />
          )}
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'name', label: m.name, children: e.name },
              { key: 'kind', label: m.colKind, children: labelOf(messages.enums.enterpriseKind, e.kind) },
              { key: 'creditCode', label: m.creditCode, children: e.creditCode ?? m.noCreditCode },
              { key: 'licence', label: m.licenceNumbers, children: e.licenceNumbers.length ? e.licenceNumbers.join('、') : none },
              { key: 'region', label: m.colRegion, children: regionName(e.regionCode) || none },
              { key: 'address', label: m.address, children: e.address ?? none },
            ]}
          />
        </Card>
        {readsCredit ? (
          <CreditRecordSection enterpriseId={e.id} samplesLink={`/samples?enterpriseId=${e.id}`} />
        ) : (
          <Card title={m.history} extra={<Link to={`/samples?enterpriseId=${e.id}`}>{m.viewSamples}</Link>}>
            {years.length === 0 ? (
              <Empty description={m.noHistory} />
            ) : (
              <Suspense fallback={<div style={{ height: 280 }} />}>
                <BarChart
                  height={280}
                  categories={years.map((y) => m.year(y.year))}
                  series={[
                    { name: m.total, data: years.map((y) => y.total), color: '#1659a8' },
                    { name: m.unqualified, data: years.map((y) => y.unqualified), color: '#cf1322' },
                  ]}
                />
              </Suspense>
            )}
          </Card>
        )}
      </Flex>
    </>
  );
}
