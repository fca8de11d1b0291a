/** 标准解读: the explainer library per test item; editors (and the institute, marking it reviewed) edit it, audited. */
import { Button, Card, Descriptions, Flex, Form, Input, Radio, Skeleton, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useCapability } from '../../auth/session';
import { FormDrawer } from '../../components/FormDrawer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { explainerMessages as m } from './messages';
import { useExplainers, useUpdateExplainer, type Explainer } from './publications-api';

type Values = Pick<Explainer, 'summary' | 'limitText' | 'standardClause' | 'healthMeaning' | 'commonCauses' | 'reviewStatus' | 'reviewerNote'>;

function EditDrawer({ e, onClose }: { e: Explainer | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateExplainer();
  const required = [{ required: true, message: m.required }];
  // Filled on opening, after FormDrawer's own reset (resetOnOpen is off).
  useEffect(() => {
    if (e) form.setFieldsValue(e);
  }, [e, form]);
  return (
    <FormDrawer<Values, Explainer>
      title={e ? m.editTitle(e.itemName) : ''}
      size={640}
      form={form}
      open={e !== null}
      onClose={onClose}
      resetOnOpen={false}
      fields={['summary', 'limitText', 'standardClause', 'healthMeaning', 'commonCauses', 'reviewStatus', 'reviewerNote']}
      submit={(change) => update.mutateAsync({ e: e!, change })}
      success={m.saved}
    >
      <Form.Item name="summary" label={m.summary} rules={required}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      <Form.Item name="limitText" label={m.limitText}><Input maxLength={500} /></Form.Item>
      <Form.Item name="standardClause" label={m.standardClause}><Input maxLength={500} /></Form.Item>
      <Form.Item name="healthMeaning" label={m.healthMeaning} rules={required}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      <Form.Item name="commonCauses" label={m.commonCauses} rules={required}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      <Form.Item name="reviewStatus" label={m.reviewStatus}>
        <Radio.Group options={Object.entries(m.statuses).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="reviewerNote" label={m.reviewerNote}><Input maxLength={500} /></Form.Item>
    </FormDrawer>
  );
}

export default function ExplainersPage() {
  const { data, error, refetch } = useExplainers();
  const mayEdit = useCapability('explainers.edit');
  const [editing, setEditing] = useState<Explainer | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={m.title} />
      {!data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {data.items.map((e) => (
            <Card
              key={e.id}
              size="small"
              title={
                <Flex gap={8} align="center">
                  {e.itemName}
                  <Tag color={e.reviewStatus === 'reviewed' ? 'green' : 'orange'}>{m.statuses[e.reviewStatus]}</Tag>
                </Flex>
              }
              extra={mayEdit && <Button size="small" onClick={() => setEditing(e)}>{m.edit}</Button>}
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={m.summary}>{e.summary}</Descriptions.Item>
                <Descriptions.Item label={m.limitText}>{e.limitText}</Descriptions.Item>
                <Descriptions.Item label={m.standardClause}>{e.standardClause}</Descriptions.Item>
                <Descriptions.Item label={m.healthMeaning}>{e.healthMeaning}</Descriptions.Item>
                <Descriptions.Item label={m.commonCauses}>{e.commonCauses}</Descriptions.Item>
              </Descriptions>
            </Card>
          ))}
        </Flex>
      )}
      <EditDrawer e={editing} onClose={() => setEditing(null)} />
    </>
  );
}
