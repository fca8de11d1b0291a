/** The facts each step's form asks for (the date and text are common and come first). */
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { optionsOf } from '../../../lib/enums';
import { messages } from '../../../messages';
import { stepFormMessages } from '../messages';
import type { StepKind } from '../disposals-api';
import { isAfterToday } from '../../../lib/time';

const m = stepFormMessages;
const e = messages.disposalEnums;
const d = (name: string) => ['details', name];
const required = (message: string) => [{ required: true, whitespace: true, message }];

function RiskControlFields() {
  const measures: string[] = Form.useWatch(d('measures')) ?? [];
  const quantity = (name: string, label: string) => (
    <Col xs={24} md={6}>
      <Form.Item name={d(name)} label={label}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Form.Item name={d('measures')} label={m.measures} rules={[{ required: true, type: 'array', min: 1, message: m.measuresRequired }]}>
        <Checkbox.Group options={optionsOf(e.riskMeasure)} />
      </Form.Item>
      <Row gutter={16}>
        {quantity('sealedQuantity', m.sealedQuantity)}
        {quantity('recalledQuantity', m.recalledQuantity)}
        {quantity('destroyedQuantity', m.destroyedQuantity)}
        <Col xs={24} md={6}>
          <Form.Item name={d('quantityUnit')} label={m.quantityUnit}>
            <Input placeholder={m.quantityUnitPlaceholder} maxLength={16} />
          </Form.Item>
        </Col>
      </Row>
      {measures.includes('召回') && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={d('recallLevel')} label={m.recallLevel} rules={[{ required: true, message: m.recallLevelRequired }]}>
              <Radio.Group options={optionsOf(e.recallLevel)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={d('recallAnnouncedOn')} label={m.recallAnnouncedOn} tooltip={m.recallAnnouncedOnHelp}>
              <DatePicker style={{ width: 200 }} disabledDate={(day) => isAfterToday(day)} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}

function PenaltyFields() {
  const filed = Form.useWatch('caseFiled') ?? 'filed';
  return (
    <>
      <Form.Item name="caseFiled" label={m.caseFiled}>
        <Radio.Group
          options={[
            { value: 'filed', label: m.filed },
            { value: 'notFiled', label: m.notFiled },
          ]}
        />
      </Form.Item>
      {filed === 'filed' ? (
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name={d('caseNo')} label={m.caseNo} rules={required(m.caseNoRequired)}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={d('amount')} label={m.amount}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item name={d('noCaseReason')} label={m.noCaseReason} rules={required(m.noCaseReasonRequired)}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}

export function StepFields({ kind }: { kind: StepKind }) {
  switch (kind) {
    case 'notice':
      return (
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name={d('deliveredTo')} label={m.deliveredTo} rules={required(m.deliveredToRequired)}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={d('method')} label={m.method} rules={[{ required: true, message: m.methodRequired }]}>
              <Select options={optionsOf(e.noticeMethod)} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'riskControl':
      return <RiskControlFields />;
    case 'causeInvestigation':
      return (
        <Form.Item name={d('cause')} label={m.cause} rules={[...required(m.causeRequired), { min: 2, message: m.causeRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      );
    case 'rectification':
      return (
        <>
          <Form.Item name={d('measures')} label={m.rectificationMeasures} rules={[...required(m.rectificationMeasuresRequired), { min: 2, message: m.rectificationMeasuresRequired }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name={d('verified')} valuePropName="checked">
            <Checkbox>{m.verified}</Checkbox>
          </Form.Item>
        </>
      );
    case 'penalty':
      return <PenaltyFields />;
    case 'disclosure':
      return (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name={d('channel')} label={m.channel} rules={[...required(m.channelRequired), { min: 2, message: m.channelRequired }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name={d('url')} label={m.url}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'enterpriseReport':
      return (
        <Form.Item name={d('summary')} label={m.summary} rules={[...required(m.summaryRequired), { min: 2, message: m.summaryRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      );
  }
}
