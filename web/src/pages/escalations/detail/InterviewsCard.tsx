/** 约谈: the responsibility interviews held over this escalation; the bureau or the division records one. */
import { Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useUnitLabel } from '../../../api/org';
import { escalationsMessages } from '../messages';
import type { EscalationDetail, Interview } from '../escalations-api';
import { Entries } from './Entries';
import { InterviewModal } from './InterviewModal';

const m = escalationsMessages;

export function InterviewsCard({ escalation: e }: { escalation: EscalationDetail }) {
  const label = useUnitLabel();
  const [recording, setRecording] = useState(false);
  const mayRecord = e.actions.includes('interview');

  const item = (i: Interview) => (
    <Flex vertical gap={6}>
      <Typography.Text strong>
        {i.heldOn}
        {i.place ? ` · ${i.place}` : ''}
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginInlineStart: 8 }}>
          {label(i.unitId, '')}
        </Typography.Text>
      </Typography.Text>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'officials', label: m.officials, children: i.officials },
          { key: 'attendees', label: m.attendees, children: i.attendees },
          { key: 'reason', label: m.interviewReason, children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.reason}</span> },
          { key: 'commitments', label: m.commitments, children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.commitments}</span> },
        ]}
      />
    </Flex>
  );

  return (
    <Card title={m.interviews} style={{ height: '100%' }} extra={mayRecord && <Button onClick={() => setRecording(true)}>{m.recordInterview}</Button>}>
      {e.interviews.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noInterviews} /> : <Entries items={e.interviews} render={item} />}
      {mayRecord && <InterviewModal escalationId={e.id} open={recording} onClose={() => setRecording(false)} />}
    </Card>
  );
}
