/**
 * /escalations/:id: the deadline and who is involved; why it exists (the rule, its basis, the
 * triggering samples, overturned ones struck through) with a warning once it has fallen below the
 * threshold; the bureau's handling, inspections, interviews and cases. The buttons are exactly
 * the server's `actions`.
 */
import { Alert, Col, Flex, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { escalationsMessages } from './messages';
import { CasesCard } from './detail/CasesCard';
import { EscalationActions } from './detail/EscalationActions';
import { HandlingCard } from './detail/HandlingCard';
import { InspectionsCard } from './detail/InspectionsCard';
import { InterviewsCard } from './detail/InterviewsCard';
import { OverviewCard } from './detail/OverviewCard';
import { WhyCard } from './detail/WhyCard';
import { useEscalation } from './escalations-api';
import { isActive } from './escalation-format';
import { EscalationStatusTag } from './EscalationTags';

const m = escalationsMessages;

export default function EscalationDetailPage() {
  const { id = '' } = useParams();
  const { data: e, error, refetch } = useEscalation(id);

  if (error && !e) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!e) return <Skeleton active paragraph={{ rows: 14 }} />;

  return (
    <>
      <PageHeader
        title={m.detailTitle(e.enterpriseName)}
        extra={
          <Flex gap={12} align="center" wrap>
            <span data-testid="escalation-status">
              <EscalationStatusTag status={e.status} />
            </span>
            <EscalationActions escalation={e} />
            <Link to="/escalations">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {e.belowThreshold && isActive(e.status) && (
          <Alert type="warning" showIcon title={m.belowAlertTitle} description={m.belowAlert(e.currentCount, e.threshold)} data-testid="below-threshold-alert" />
        )}
        {e.status === 'withdrawn' && e.withdrawReason && <Alert type="info" showIcon title={m.withdrawnAlert(e.withdrawReason)} />}
        <OverviewCard escalation={e} />
        <WhyCard escalation={e} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <HandlingCard escalation={e} />
          </Col>
          <Col xs={24} xl={12}>
            <InspectionsCard escalation={e} />
          </Col>
          <Col xs={24} xl={12}>
            <InterviewsCard escalation={e} />
          </Col>
          <Col xs={24} xl={12}>
            <CasesCard escalation={e} />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
