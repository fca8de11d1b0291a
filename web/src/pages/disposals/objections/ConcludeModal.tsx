/**
 * 登记结论 (final): upheld, or overturned — which makes the sample qualified and voids the disposal.
 * A retest records the retest lab's results.
 */
import { Alert, Button, Col, Form, Input, Radio, Row } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { optionsOf } from '../../../lib/enums';
import { messages } from '../../../messages';
import { sampleFormMessages } from '../../samples/messages';
import { disposalDetailMessages, objectionsMessages } from '../messages';
import { useApplicationMutations, type Application, type RetestItem } from './objections-api';

const m = objectionsMessages;
const f = sampleFormMessages;
const fields = ['outcome', 'outcomeText', 'items', 'items.*.itemName', 'items.*.resultText', 'items.*.unit', 'items.*.limitText'];

interface Values {
  outcome?: 'upheld' | 'overturned';
  outcomeText?: string;
  items?: RetestItem[];
}

export function ConcludeModal({ sampleId, app, onClose }: { sampleId: string; app: Application | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { conclude } = useApplicationMutations(sampleId);
  const outcome = Form.useWatch('outcome', form);
  const retest = app?.kind === 'retest';

  const submit = async (v: Values) => {
    if (!app) return;
    const items = retest ? (v.items ?? []).filter((i) => i?.itemName?.trim()) : undefined;
    await conclude.mutateAsync({ app, outcome: v.outcome!, outcomeText: v.outcomeText!.trim(), items });
  };

  return (
    <FormModal
      open={app !== null}
      title={m.concludeTitle}
      width={retest ? 860 : 560}
      okText={messages.common.submit}
      form={form}
      fields={fields}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={m.saved}
      onClose={onClose}
    >
      <Form.Item name="outcome" label={m.outcome} rules={[{ required: true, message: m.outcomeRequired }]}>
        <Radio.Group options={optionsOf(m.outcomeOptions)} />
      </Form.Item>
      {outcome === 'overturned' && <Alert type="warning" showIcon title={m.overturnWarning} style={{ marginBottom: 16 }} />}
      <Form.Item name="outcomeText" label={m.outcomeText} rules={[{ required: true, whitespace: true, min: 2, message: m.outcomeTextRequired }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      {retest && (
        <Form.List name="items">
          {(rows, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8 }}>{m.retestItems}</div>
              {rows.map((row) => (
                <Row key={row.key} gutter={8}>
                  <Col span={7}>
                    <Form.Item name={[row.name, 'itemName']} rules={[{ required: true, whitespace: true, message: f.itemNameRequired }]}>
                      <Input placeholder={f.itemName} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[row.name, 'resultText']} rules={[{ required: true, whitespace: true, message: f.resultTextRequired }]}>
                      <Input placeholder={f.resultText} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[row.name, 'unit']}>
                      <Input placeholder={f.unit} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[row.name, 'limitText']}>
                      <Input placeholder={f.limitText} />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Button type="link" danger onClick={() => remove(row.name)}>
                      {f.removeItem}
                    </Button>
                  </Col>
                </Row>
              ))}
              <Button onClick={() => add({})}>{f.addItem}</Button>
            </>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}
