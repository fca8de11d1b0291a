/** 被抽样单位 / 标称生产企业: name, credit code, address, region, licence (nested under `prefix`). */
import { Col, Form, Input, Row } from 'antd';
import { RegionSelect } from '../../../components/RegionSelect';
import { sampleFormMessages } from '../messages';

const m = sampleFormMessages;

export function PartyFields({ prefix, required, licence }: { prefix: 'sampledParty' | 'nominalProducer'; required: boolean; licence?: boolean }) {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name={[prefix, 'name']} label={m.partyName} rules={required ? [{ required: true, whitespace: true, message: m.partyNameRequired }] : []}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name={[prefix, 'creditCode']} label={m.creditCode}>
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name={[prefix, 'address']} label={m.address}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col span={licence ? 6 : 12}>
        <Form.Item name={[prefix, 'regionCode']} label={m.partyRegion} tooltip={m.partyRegionHelp}>
          <RegionSelect allowClear placeholder={m.partyRegionHelp} />
        </Form.Item>
      </Col>
      {licence && (
        <Col span={6}>
          <Form.Item name={[prefix, 'licenceNumber']} label={m.licenceNumber}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
