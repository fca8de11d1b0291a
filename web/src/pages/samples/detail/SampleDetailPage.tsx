/** /samples/:id: the record, its results, what was inferred or needs checking, and its history. */
import { Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConclusionTag, ReviewTag } from '../../../components/ConclusionTag';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { sampleDetailMessages } from '../messages';
import { useSample } from '../samples-api';
import { RecordOfficerModal } from './RecordOfficerModal';
import { RecordFlagModal, type FlagToRecord } from './RecordFlagModal';
import { RecordResultsModal } from './RecordResultsModal';
import { RelatedRecords } from './RelatedRecords';
import { ResultSetList } from './ResultSetList';
import { ReviewSection } from './ReviewSection';
import { SampleInfo } from './SampleInfo';

const m = sampleDetailMessages;

export default function SampleDetailPage() {
  const { id = '' } = useParams();
  const { data: sample, error, refetch } = useSample(id);
  const [recording, setRecording] = useState(false);
  const [recordingOfficer, setRecordingOfficer] = useState(false);
  const [recordingFlag, setRecordingFlag] = useState<FlagToRecord | null>(null);

  if (error && !sample) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!sample) return <Skeleton active paragraph={{ rows: 12 }} />;
  const canRecord = sample.actions.includes('recordResults');
  const canRecordOfficer = sample.actions.includes('recordOfficer');

  return (
    <>
      <PageHeader
        title={m.title(sample.sampleNo)}
        extra={
          <Flex gap={8} align="center">
            <ConclusionTag value={sample.conclusion} />
            {sample.needsReview && <ReviewTag />}
            <Link to="/samples">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card
          title={m.basic}
          extra={
            <Flex gap={8}>
              {sample.actions.includes('recordLink') && <Button onClick={() => setRecordingFlag('link')}>{m.recordLink}</Button>}
              {sample.actions.includes('recordSamplingDate') && <Button onClick={() => setRecordingFlag('samplingDate')}>{m.recordSamplingDate}</Button>}
              {canRecordOfficer && <Button onClick={() => setRecordingOfficer(true)}>{m.recordOfficer}</Button>}
            </Flex>
          }
        >
          <SampleInfo sample={sample} />
        </Card>
        {sample.related && (sample.related.length > 0 || ['unqualified', 'issue'].includes(sample.conclusion)) && (
          <Card title={m.related}>
            <RelatedRecords records={sample.related} />
          </Card>
        )}
        <Card
          title={m.results}
          extra={
            canRecord && (
              <Button type="primary" onClick={() => setRecording(true)}>
                {sample.items.length ? m.correctResults : m.recordResults}
              </Button>
            )
          }
        >
          <ResultSetList sets={sample.resultSets} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title={m.review} style={{ height: '100%' }}>
              <ReviewSection sample={sample} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={m.history} style={{ height: '100%' }}>
              <HistoryTimeline history={sample.history} empty={m.noHistory} />
            </Card>
          </Col>
        </Row>
      </Flex>
      {canRecord && <RecordResultsModal sample={sample} open={recording} onClose={() => setRecording(false)} />}
      {canRecordOfficer && <RecordOfficerModal sample={sample} open={recordingOfficer} onClose={() => setRecordingOfficer(false)} />}
      <RecordFlagModal sample={sample} flag={recordingFlag} onClose={() => setRecordingFlag(null)} />
    </>
  );
}
