/**
 * /cases/:id: the case at a glance, its stages as Steps with documents and files, 登记下一阶段,
 * 办案期限, 法制审核 and 移送司法机关 panels, 接管案件 for 稽查局, and the history; every button is
 * one of the server's `actions`.
 */
import { Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { HistoryTimeline, type HistoryEntry } from '../../components/HistoryTimeline';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { labelOf } from '../../lib/enums';
import { casesMessages } from './messages';
import { CaseOverviewCard } from './CaseOverviewCard';
import { CaseStageTag } from './CaseStageTag';
import { useCase } from './cases-api';
import { LegalReviewCard } from './LegalReviewCard';
import { StageFormModal } from './StageFormModal';
import { StagesCard } from './StagesCard';
import { TakeOverModal } from './TakeOverModal';
import { TimeLimitsCard } from './TimeLimitsCard';
import { TransferCard } from './TransferCard';

const m = casesMessages;

/** What a history entry was about: the stage recorded, the file uploaded, the review's opinion. */
function historyDetail(h: HistoryEntry) {
  const after = (h.after ?? {}) as { stage?: string; fileName?: string; legalReview?: { opinion?: string | null } };
  const text =
    h.action === 'case.recordStage' ? labelOf(m.stage, after.stage)
    : h.action === 'case.attach' ? [labelOf(m.stage, after.stage), after.fileName].filter(Boolean).join(' · ')
    : (after.legalReview?.opinion ?? null);
  return text ? <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{text}</div> : null;
}

export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const { data: c, error, refetch } = useCase(id);
  const [recording, setRecording] = useState(false);
  const [takingOver, setTakingOver] = useState(false);

  if (error && !c) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!c) return <Skeleton active paragraph={{ rows: 14 }} />;

  return (
    <>
      <PageHeader
        title={m.detailTitle(c.caseNo)}
        extra={
          <Flex gap={12} align="center" wrap>
            <span data-testid="case-stage">
              <CaseStageTag stage={c.stage} />
            </span>
            {c.actions.includes('takeOver') && <Button onClick={() => setTakingOver(true)}>{m.takeOver}</Button>}
            <Link to="/cases">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <CaseOverviewCard c={c} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <StagesCard c={c} onRecord={() => setRecording(true)} />
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <TimeLimitsCard c={c} />
              <LegalReviewCard c={c} />
              <TransferCard c={c} />
              <Card title={m.history}>
                <HistoryTimeline history={c.history} empty={m.noHistory} detail={historyDetail} />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
      {c.actions.includes('recordStage') && <StageFormModal c={c} open={recording} onClose={() => setRecording(false)} />}
      {c.actions.includes('takeOver') && <TakeOverModal c={c} open={takingOver} onClose={() => setTakingOver(false)} />}
    </>
  );
}
