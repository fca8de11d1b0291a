/**
 * The steps in their legal order (送达, then the five in place) as vertical Steps: each with its
 * date, what was done, its facts and evidence, and 登记 / 上传证据 where the server allows them.
 */
import { Button, Card, Descriptions, Flex, Steps, Tag, Tooltip, Typography } from 'antd';
import { disposalDetailMessages } from '../messages';
import type { DisposalDetail, Step } from '../disposals-api';
import { factsOf } from './step-form';
import { AttachmentList, UploadEvidence } from './StepAttachments';
import { PenaltyCases } from './PenaltyCases';

const m = disposalDetailMessages;

interface Props {
  disposal: DisposalDetail;
  onRecord: (step: Step) => void;
}

function StepContent({ disposal, step, onRecord }: Props & { step: Step }) {
  const done = step.status === 'done';
  const canRecord = disposal.actions.includes('recordStep') && !done;
  const noticeDone = disposal.steps.find((s) => s.kind === 'notice')?.status === 'done';
  // The server takes the five in place only after the notice; say so rather than fail.
  const blocked = step.kind !== 'notice' && !noticeDone;
  const facts = factsOf(step.kind, step.details ?? {});
  return (
    <Flex vertical gap={8} style={{ paddingBottom: 16, maxWidth: 900 }} data-testid={`step-${step.kind}`}>
      {done && step.text && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{step.text}</Typography.Paragraph>}
      {done && facts.length > 0 && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={facts.map((f) => ({ key: f.key, label: f.label, children: f.value }))}
          styles={{ label: { color: 'rgba(0,0,0,0.45)' } }}
        />
      )}
      <AttachmentList files={step.attachments} />
      {step.kind === 'penalty' && <PenaltyCases disposal={disposal} />}
      {(canRecord || disposal.actions.includes('attach')) && (
        <Flex gap={8} wrap>
          {canRecord && (
            <Tooltip title={blocked ? m.recordFirst : undefined}>
              <Button type="primary" size="small" disabled={blocked} onClick={() => onRecord(step)}>
                {m.record}
              </Button>
            </Tooltip>
          )}
          {disposal.actions.includes('attach') && <UploadEvidence disposalId={disposal.id} stepKind={step.kind} />}
        </Flex>
      )}
    </Flex>
  );
}

export function StepsCard({ disposal, onRecord }: Props) {
  const firstPending = disposal.steps.findIndex((s) => s.status !== 'done');
  return (
    <Card title={m.steps}>
      <Steps
        orientation="vertical"
        size="small"
        current={firstPending < 0 ? disposal.steps.length : firstPending}
        items={disposal.steps.map((step, i) => ({
          key: step.kind,
          status: step.status === 'done' ? 'finish' : i === firstPending && disposal.status !== 'voided' ? 'process' : 'wait',
          title: (
            <Flex gap={8} align="center" wrap data-testid={`step-title-${step.kind}`}>
              <Typography.Text strong>{step.name}</Typography.Text>
              {step.status === 'done' ? <Tag color="green">{m.stepDone}</Tag> : <Tag>{m.stepPending}</Tag>}
            </Flex>
          ),
          subTitle: step.doneOn ? m.doneOn(step.doneOn) : undefined,
          content: <StepContent disposal={disposal} step={step} onRecord={onRecord} />,
        }))}
      />
    </Card>
  );
}
