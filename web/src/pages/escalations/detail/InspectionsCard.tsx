/**
 * 飞行检查: the inspections asked of 检查技术中心 for this escalation, pending or with their
 * findings. The division asks for one (申请检查); the centre records the findings of its own.
 */
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { Entries } from './Entries';
import { useState } from 'react';
import { useUnitLabel } from '../../../api/org';
import { formatDateTime } from '../../../lib/time';
import { escalationsMessages } from '../messages';
import type { EscalationDetail, Inspection } from '../escalations-api';
import { FindingsModal } from './FindingsModal';
import { InspectionRequestModal } from './InspectionRequestModal';

const m = escalationsMessages;
const conclusionColors: Record<string, string> = { compliant: 'green', defects: 'orange', violations: 'red' };

export function InspectionsCard({ escalation: e }: { escalation: EscalationDetail }) {
  const label = useUnitLabel();
  const [requesting, setRequesting] = useState(false);
  const [recording, setRecording] = useState<Inspection | null>(null);
  const mayRequest = e.actions.includes('requestInspection');

  const item = (i: Inspection) => (
    <Flex vertical gap={6}>
      <Flex gap={8} align="center" wrap>
        <Tag color="purple">{m.inspectionKinds[i.kind] ?? i.kind}</Tag>
        {i.status === 'done' ? <Tag color="green">{m.inspectionDone}</Tag> : <Tag color="orange">{m.inspectionPending}</Tag>}
        {i.conclusion && <Tag color={conclusionColors[i.conclusion]}>{m.inspectionConclusions[i.conclusion]}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.inspectionRequestedBy(label(i.requestedByUnitId, ''), formatDateTime(i.createdAt))}
          {i.status === 'requested' && i.dueOn ? `，${m.inspectionDueOn(i.dueOn)}` : ''}
        </Typography.Text>
        {i.mayRecord && (
          <Button type="primary" size="small" style={{ marginInlineStart: 'auto' }} onClick={() => setRecording(i)}>
            {m.recordFindings}
          </Button>
        )}
      </Flex>
      <Typography.Text>{i.reason}</Typography.Text>
      {i.status === 'done' && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'on', label: m.inspectedOn, children: i.inspectedOn },
            { key: 'who', label: m.inspectors, children: i.inspectors },
            { key: 'findings', label: m.findings, children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.findings}</span> },
          ]}
        />
      )}
    </Flex>
  );

  return (
    <Card
      title={m.inspections}
      style={{ height: '100%' }}
      extra={mayRequest && <Button onClick={() => setRequesting(true)}>{m.requestInspection}</Button>}
    >
      {e.inspections.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noInspections} /> : <Entries items={e.inspections} render={item} />}
      {mayRequest && <InspectionRequestModal escalationId={e.id} open={requesting} onClose={() => setRequesting(false)} />}
      <FindingsModal escalationId={e.id} inspection={recording} onClose={() => setRecording(null)} />
    </Card>
  );
}
