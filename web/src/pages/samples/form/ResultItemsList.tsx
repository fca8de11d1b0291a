/**
 * The 检验结果 rows of a form (Form.List `items`): one line per tested item. A microbiological
 * item under a sampling plan takes its n results in one field, separated by commas (the server
 * judges them per GB 4789.1-2016 §3.2 and names a missing result on the field).
 */
import { Button, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { sampleFormMessages } from '../messages';

const m = sampleFormMessages;

export function ResultItemsList({ emptyHint }: { emptyHint?: string }) {
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && emptyHint && <Typography.Text type="secondary">{emptyHint}</Typography.Text>}
          {fields.length > 0 && <Typography.Text type="secondary">{m.resultHint}</Typography.Text>}
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top" data-testid={`item-row-${index}`}>
              <Col span={5}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'itemName']} label={index === 0 ? m.itemName : undefined} rules={[{ required: true, whitespace: true, message: m.itemNameRequired }]}>
                  <Input placeholder={m.itemName} aria-label={m.itemName} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'resultText']} label={index === 0 ? m.resultText : undefined} rules={[{ required: true, whitespace: true, message: m.resultTextRequired }]}>
                  <Input placeholder={m.resultText} aria-label={m.resultText} maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'unit']} label={index === 0 ? m.unit : undefined}>
                  <Input placeholder={m.unit} aria-label={m.unit} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'limitText']} label={index === 0 ? m.limitText : undefined}>
                  <Input placeholder={m.limitText} aria-label={m.limitText} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'standard']} label={index === 0 ? m.standard : undefined}>
                  <Input placeholder={m.standard} aria-label={m.standard} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item style={{ marginBottom: 12 }} name={[name, 'judgementText']} label={index === 0 ? m.judgementText : undefined}>
                  <Input placeholder={m.judgementText} aria-label={m.judgementText} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Form.Item style={{ marginBottom: 12 }} label={index === 0 ? ' ' : undefined}>
                  <Button type="link" danger onClick={() => remove(name)} style={{ padding: 0 }}>
                    {m.removeItem}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button type="dashed" onClick={() => add({})} block>
            {m.addItem}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
