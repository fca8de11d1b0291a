/**
 * 登记办案阶段: the next stage (only those the server offers), its date, document number, text and
 * the stage's facts — the hearing request date, the decision's penalty, how it was carried out.
 * Sends the case version the user saw; the server's field messages land on their fields.
 */
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { optionsOf } from '../../lib/enums';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';
import { yuanText } from './money';
import { numberedStages, penaltyTotal, stageFieldNames, toStageBody, type RecordableStage, type StageValues } from './stage-form';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = casesMessages;

function DecisionFields({ c }: { c: CaseDetail }) {
  const decision = Form.useWatch('decision') as StageValues['decision'];
  const total = penaltyTotal(decision);
  return (
    <>
      {c.legalReviewReasons.length > 0 && <Alert type="warning" showIcon title={m.decisionReviewHint(c.legalReviewReasons.join('、'))} style={{ marginBottom: 16 }} />}
      <Form.Item name={['decision', 'warning']} valuePropName="checked">
        <Checkbox>{m.warning}</Checkbox>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={['decision', 'fineAmount']} label={m.fineAmount} rules={[{ required: true, message: m.fineAmountRequired }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['decision', 'confiscatedIllegalGains']} label={m.confiscatedIllegalGains}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={m.penaltyTotal}>
            <span>{m.yuan(total)}</span>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['decision', 'confiscatedGoods']} label={m.confiscatedGoods}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name={['decision', 'licenceAction']} label={m.licenceActionLabel} rules={[{ required: true, message: m.licenceActionRequired }]}>
        <Radio.Group options={optionsOf(m.licenceAction)} />
      </Form.Item>
    </>
  );
}

function StageFields({ stage, c }: { stage: RecordableStage; c: CaseDetail }) {
  switch (stage) {
    case 'hearing':
      return (
        <Form.Item name={['details', 'requestedOn']} label={m.requestedOn} rules={[{ required: true, message: m.requestedOnRequired }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
      );
    case 'decision':
      return <DecisionFields c={c} />;
    case 'execution':
      return (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['details', 'fulfilment']} label={m.fulfilmentLabel} rules={[{ required: true, message: m.fulfilmentRequired }]}>
              <Select options={optionsOf(m.fulfilment)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['details', 'paidAmount']} label={m.paidAmount}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'closed':
      return <Alert type="info" showIcon title={m.closingHint} style={{ marginBottom: 16 }} />;
    default:
      return null;
  }
}

export function StageFormModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<StageValues>();
  const { recordStage } = useCaseMutations();
  const options = c.nextStages.filter((s): s is { stage: RecordableStage; name: string } => s.stage !== 'filing');
  const stage = (Form.useWatch('stage', form) as RecordableStage | undefined) ?? options[0]?.stage;

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ stage: options[0]?.stage, doneOn: todayForPicker(), decision: { licenceAction: 'none' } });
    // Only when opened: a refetch after a conflict must not wipe what the user typed.
  }, [open]);

  const submit = async (values: StageValues) => {
    await recordStage.mutateAsync({ id: c.id, body: toStageBody(values, c.version) });
  };

  return (
    <FormModal
      open={open}
      title={m.stageFormTitle}
      width={760}
      form={form}
      fields={stage ? stageFieldNames(stage) : ['stage']}
      conflict={m.versionConflict}
      formProps={{ name: 'caseStage' }}
      submit={submit}
      success={(_, v) => m.stageSaved(options.find((o) => o.stage === v.stage)?.name ?? '')}
      onClose={onClose}
    >
      <Form.Item name="stage" label={m.stageLabel} rules={[{ required: true, message: m.stageRequired }]}>
        <Radio.Group optionType="button" options={options.map((o) => ({ value: o.stage, label: o.name }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="doneOn" label={m.doneOn} rules={[{ required: true, message: m.doneOnRequired }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => isAfterToday(d)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="documentNo"
            label={m.documentNoLabel}
            rules={stage && numberedStages.includes(stage) ? [{ required: true, whitespace: true, message: m.documentNoRequired }] : []}
          >
            <Input maxLength={64} placeholder={stage ? m.documentNoPlaceholder[stage] : undefined} />
          </Form.Item>
        </Col>
      </Row>
      {stage && <StageFields stage={stage} c={c} />}
      <Form.Item name="text" label={m.text} rules={[{ required: true, whitespace: true, min: 2, message: m.textRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount placeholder={stage ? m.textPlaceholder[stage] : undefined} />
      </Form.Item>
    </FormModal>
  );
}
