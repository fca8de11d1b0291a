/**
 * /disposals/:id: the deadline (live), the sample and its failed items, the six steps with their
 * facts and evidence, 协查, 异议/复检 and the history; the buttons are exactly the server's `actions`.
 */
import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { HistoryTimeline, type HistoryEntry } from '../../../components/HistoryTimeline';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { labelOf } from '../../../lib/enums';
import { messages } from '../../../messages';
import { disposalDetailMessages } from '../messages';
import { useDisposal, type Step } from '../disposals-api';
import { DisposalStatusTag } from '../DisposalStatusTag';
import { ObjectionsCard } from '../objections/ObjectionsCard';
import { AssistsCard } from './AssistsCard';
import { DeadlineCard } from './DeadlineCard';
import { DisposalRelated } from './DisposalRelated';
import { DisposalActions } from './DisposalActions';
import { SampleCard } from './SampleCard';
import { StepFormModal } from './StepFormModal';
import { StepsCard } from './StepsCard';

const m = disposalDetailMessages;

interface HistoryAfter {
  kind?: string;
  comment?: string | null;
  documentNo?: string;
  fileName?: string;
}

/** What a history entry was about: the step recorded, the document and its number, the file, the comment. */
function historyDetail(steps: Step[]) {
  return (h: HistoryEntry) => {
    const after = (h.after ?? {}) as HistoryAfter;
    const text =
      h.action === 'disposal.recordStep' ? steps.find((s) => s.kind === after.kind)?.name
      : h.action === 'document.generate' ? [labelOf(messages.disposalEnums.documentKind, after.kind), after.documentNo].filter(Boolean).join(' ')
      : h.action === 'disposal.attach' ? after.fileName
      : after.comment;
    return text ? <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{text}</div> : null;
  };
}

export default function DisposalDetailPage() {
  const { id = '' } = useParams();
  const { data: disposal, error, refetch } = useDisposal(id);
  const [recording, setRecording] = useState<Step | null>(null);

  if (error && !disposal) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!disposal) return <Skeleton active paragraph={{ rows: 14 }} />;

  return (
    <>
      <PageHeader
        title={m.title(disposal.sampleNo)}
        extra={
          <Flex gap={12} align="center" wrap>
            <span data-testid="disposal-status">
              <DisposalStatusTag status={disposal.status} name={disposal.statusName} />
            </span>
            <DisposalActions disposal={disposal} />
            <Link to="/disposals">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {disposal.status === 'pending_approval' && <Alert type="warning" showIcon title={m.pendingApproval} />}
        <DeadlineCard disposal={disposal} />
        <SampleCard sample={disposal.sample} />
        <DisposalRelated disposalId={disposal.id} sampleId={disposal.sampleId} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <StepsCard disposal={disposal} onRecord={setRecording} />
          </Col>
          <Col xs={24} xl={9}>
            <Card title={m.history} style={{ height: '100%' }}>
              <HistoryTimeline history={disposal.history} empty={m.noHistory} detail={historyDetail(disposal.steps)} />
            </Card>
          </Col>
        </Row>
        <AssistsCard disposal={disposal} />
        <ObjectionsCard sampleId={disposal.sampleId} />
      </Flex>
      {disposal.actions.includes('recordStep') && <StepFormModal disposal={disposal} step={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
