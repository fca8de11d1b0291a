/**
 * The stages of a case in legal order (立案 → 调查取证 → 处罚告知 → 听证 → 处罚决定 → 执行 → 结案) as
 * vertical Steps: each recorded stage with its date, document number, text, facts and files
 * (上传材料 where the server allows it); 听证 shows as not requested once the case went past it.
 */
import { App, Button, Card, Descriptions, Flex, Steps, Tag, Tooltip, Typography, Upload } from 'antd';
import { labelOf } from '../../lib/enums';
import { disposalDetailMessages } from '../disposals/messages';
import { casesMessages } from './messages';
import { ATTACHMENT_ACCEPT, attachmentRefusal } from '../disposals/detail/attachments';
import { AttachmentList } from '../disposals/detail/StepAttachments';
import { useCaseMutations, type CaseDetail, type CaseStage, type CaseStageRecord } from './cases-api';

const m = casesMessages;
const order: CaseStage[] = ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution', 'closed'];

function StageUpload({ c, stage }: { c: CaseDetail; stage: CaseStage }) {
  const { message } = App.useApp();
  const { attach } = useCaseMutations();
  return (
    <Upload
      accept={ATTACHMENT_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        const refusal = attachmentRefusal(file);
        if (refusal) {
          message.error(refusal === 'type' ? disposalDetailMessages.badType : disposalDetailMessages.tooLarge);
          return Upload.LIST_IGNORE;
        }
        attach.mutateAsync({ id: c.id, stage, file }).then(
          () => void message.success(m.uploaded(file.name)),
          (e: Error) => void message.error(e.message),
        );
        return false; // sent by us, with the CSRF header
      }}
    >
      <Tooltip title={disposalDetailMessages.uploadTypes}>
        <Button size="small" loading={attach.isPending} data-testid={`case-upload-${stage}`}>
          {m.upload}
        </Button>
      </Tooltip>
    </Upload>
  );
}

/** A recorded stage's facts beyond its text, as label/value pairs. */
function factsOf(c: CaseDetail, s: CaseStageRecord): { key: string; label: string; children: string }[] {
  const facts: { key: string; label: string; children: string }[] = [];
  if (s.documentNo) facts.push({ key: 'documentNo', label: m.documentNoLabel, children: s.documentNo });
  const d = s.details ?? {};
  if (s.stage === 'hearing' && typeof d.requestedOn === 'string') facts.push({ key: 'requestedOn', label: m.requestedOn, children: d.requestedOn });
  if (s.stage === 'execution' && typeof d.fulfilment === 'string') {
    facts.push({ key: 'fulfilment', label: m.fulfilmentLabel, children: m.fulfilmentText(d.fulfilment, typeof d.paidAmount === 'number' ? d.paidAmount : null) });
  }
  if (s.stage === 'decision' && c.decision) {
    const x = c.decision;
    facts.push(
      { key: 'fine', label: m.fineAmount, children: m.yuan(x.fineAmount) },
      { key: 'gains', label: m.confiscatedIllegalGains, children: m.yuan(x.confiscatedIllegalGains) },
      { key: 'licence', label: m.licenceActionLabel, children: labelOf(m.licenceAction, x.licenceAction) },
    );
    if (x.confiscatedGoods) facts.push({ key: 'goods', label: m.confiscatedGoods, children: x.confiscatedGoods });
  }
  return facts;
}

export function StagesCard({ c, onRecord }: { c: CaseDetail; onRecord: () => void }) {
  const recorded = new Map(c.stages.map((s) => [s.stage, s]));
  const reached = order.indexOf(c.stage);
  // 听证 is optional: the step marked current is the next stage the case cannot do without.
  const next = (c.nextStages.find((s) => s.stage !== 'hearing') ?? c.nextStages[0])?.stage;
  return (
    <Card
      title={m.stages}
      extra={
        c.actions.includes('recordStage') && (
          <Button type="primary" onClick={onRecord}>
            {m.recordNext}
          </Button>
        )
      }
    >
      <Steps
        orientation="vertical"
        size="small"
        current={next ? order.indexOf(next) : order.length}
        items={order.map((stage) => {
          const s = recorded.get(stage);
          const skipped = !s && order.indexOf(stage) < reached;
          return {
            key: stage,
            status: s ? 'finish' : stage === next ? 'process' : 'wait',
            title: (
              <Flex gap={8} align="center" wrap data-testid={`case-stage-${stage}`}>
                <Typography.Text strong>{m.stage[stage]}</Typography.Text>
                {s ? (
                  <Tag color="green">{m.stageDone}</Tag>
                ) : (
                  !skipped && c.stage !== 'closed' && <Tag>{stage === 'hearing' ? m.stageOptional : m.stagePending}</Tag>
                )}
              </Flex>
            ),
            subTitle: s ? m.doneOnText(s.doneOn) : undefined,
            content: s ? (
              <Flex vertical gap={8} style={{ paddingBottom: 16, maxWidth: 900 }}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{s.text}</Typography.Paragraph>
                {factsOf(c, s).length > 0 && <Descriptions size="small" column={{ xs: 1, md: 2 }} items={factsOf(c, s)} styles={{ label: { color: 'rgba(0,0,0,0.45)' } }} />}
                <AttachmentList files={s.attachments} />
                {c.actions.includes('attach') && (
                  <div>
                    <StageUpload c={c} stage={stage} />
                  </div>
                )}
              </Flex>
            ) : skipped && stage === 'hearing' ? (
              <Typography.Text type="secondary">{m.hearingSkipped}</Typography.Text>
            ) : undefined,
          };
        })}
      />
    </Card>
  );
}
