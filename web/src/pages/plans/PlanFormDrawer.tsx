/** 新建计划: name, year, type, kind, description and the quotas by category and region. */
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { CategoryTreeSelect } from '../../components/CategoryTreeSelect';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionSelect } from '../../components/RegionSelect';
import { optionsOf, samplingTypeOptions } from '../../lib/enums';
import { messages } from '../../messages';
import { sampleFormMessages } from '../samples/messages';
import { plansMessages } from './messages';
import { usePlanMutations, type NewPlan } from './plans-api';
import { currentYear, yearOptions } from './years';

const m = plansMessages;
const fields = ['year', 'name', 'samplingType', 'planKind', 'description', 'quotas', 'quotas.*.categoryId', 'quotas.*.regionCode', 'quotas.*.quota'];

interface Values extends Omit<NewPlan, 'quotas'> {
  quotas?: { categoryId?: string; regionCode?: string; quota?: number }[];
}

export function PlanFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { createPlan } = usePlanMutations();

  return (
    <FormDrawer<Values, { id: string }>
      open={open}
      title={m.create}
      size={760}
      form={form}
      fields={fields}
      formProps={{ initialValues: { year: currentYear(), samplingType: 'supervisory', planKind: 'routine', quotas: [{}] } }}
      submit={(v) =>
        createPlan.mutateAsync({
          year: v.year,
          name: v.name.trim(),
          samplingType: v.samplingType,
          planKind: v.planKind,
          description: v.description?.trim() || null,
          quotas: (v.quotas ?? []).map((q) => ({ categoryId: q.categoryId ?? null, regionCode: q.regionCode ?? null, quota: q.quota ?? 0 })),
        })
      }
      success={m.created}
      onClose={onClose}
      onDone={(plan) => navigate(`/plans/${plan.id}`)}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="name" label={m.name} rules={[{ required: true, whitespace: true, message: m.nameRequired }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="year" label={m.year} rules={[{ required: true, message: m.yearRequired }]}>
            <Select options={yearOptions()} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="samplingType" label={m.samplingType} rules={[{ required: true, message: m.samplingTypeRequired }]}>
            <Select options={samplingTypeOptions} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="planKind" label={m.planKind} rules={[{ required: true, message: m.planKindRequired }]}>
            <Select options={optionsOf(messages.enums.planKind)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={m.description}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{m.quotaList}</Typography.Title>
      <Form.List name="quotas">
        {(items, { add, remove }) => (
          <Flex vertical gap={0}>
            {items.map(({ key, name }, index) => (
              <Row key={key} gutter={8} align="top">
                <Col span={10}>
                  <Form.Item name={[name, 'categoryId']} label={index === 0 ? m.colCategory : undefined}>
                    <CategoryTreeSelect allowClear placeholder={m.anyCategory} aria-label={m.colCategory} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={[name, 'regionCode']} label={index === 0 ? m.colRegion : undefined}>
                    <RegionSelect allowClear placeholder={m.anyRegion} aria-label={m.colRegion} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[name, 'quota']} label={index === 0 ? m.quota : undefined} rules={[{ required: true, message: m.quotaRequired }]}>
                    <InputNumber min={1} precision={0} style={{ width: '100%' }} aria-label={m.quota} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button type="link" danger onClick={() => remove(name)} style={{ padding: 0 }}>
                      {sampleFormMessages.removeItem}
                    </Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button type="dashed" onClick={() => add({})} block>
              {m.addQuota}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormDrawer>
  );
}
