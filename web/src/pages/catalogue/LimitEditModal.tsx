/**
 * Correct a limit; clearing 待核实 confirms the value against the primary text. A microbiological
 * sampling plan is typed as the standards write it and read with the server's own parser.
 */
import { App, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { formatPlan, parsePlan } from '../../../../src/domain/sampling/sampling-plan';
import { ApiError } from '../../api/client';
import { optionsOf } from '../../lib/enums';
import { applyFieldErrors } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCatalogueMutations, type ItemLimit, type LimitType } from './catalogue-api';
import { noteWithVerification } from './limits';

const m = messages.catalogue;
const fields = ['limitType', 'limitValue', 'unit', 'samplingPlan', 'standard', 'note'];

interface Values {
  limitType: LimitType;
  limitValue?: string;
  unit?: string;
  samplingPlan?: string;
  standard: string;
  note?: string;
  unverified: boolean;
}

export function LimitEditModal({ limit, itemName, onClose }: { limit: ItemLimit | null; itemName: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { updateLimit } = useCatalogueMutations();
  const limitType = Form.useWatch('limitType', form);
  const planText = Form.useWatch('samplingPlan', form);
  const hasPlan = !!planText?.trim();

  useEffect(() => {
    if (!limit) return;
    form.resetFields();
    form.setFieldsValue({
      limitType: limit.limitType,
      limitValue: limit.limitValue ?? '',
      unit: limit.unit ?? '',
      samplingPlan: limit.samplingPlan ? formatPlan(limit.samplingPlan) : '',
      standard: limit.standard,
      note: noteWithVerification(limit.note, false) ?? '',
      unverified: limit.unverified,
    });
  }, [limit, form]);

  const onFinish = async (v: Values) => {
    if (!limit) return;
    const notDetected = v.limitType === 'not_detected';
    const plan = v.samplingPlan?.trim() ? parsePlan(v.samplingPlan) : null;
    if (plan && 'error' in plan) {
      form.setFields([{ name: 'samplingPlan', errors: [plan.error] }]);
      return;
    }
    try {
      await updateLimit.mutateAsync({
        limit,
        changes: {
          limitType: v.limitType,
          limitValue: notDetected ? null : v.limitValue?.trim() || null,
          unit: v.unit?.trim() || plan?.unit || null,
          samplingPlan: plan?.plan ?? null,
          standard: v.standard.trim(),
          note: noteWithVerification(v.note, v.unverified),
        },
      });
      message.success(messages.common.saved);
      onClose();
    } catch (error) {
      if (applyFieldErrors(form, error, fields)) return;
      message.error(error instanceof Error ? error.message : messages.common.unknownError);
      if (error instanceof ApiError && error.status === 409) onClose();
    }
  };

  return (
    <Modal
      open={limit !== null}
      title={m.limitEditTitle(itemName)}
      okText={messages.common.save}
      cancelText={messages.common.cancel}
      confirmLoading={updateLimit.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      forceRender
    >
      {limit && (
        <Typography.Paragraph type="secondary">
          {m.limitAppliesTo(limit.categoryName ?? m.allCategories, limit.foodKeyword)}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="limitType" label={m.limitType}>
              <Select options={optionsOf(messages.enums.limitType)} disabled={hasPlan} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="standard" label={m.standard} rules={[{ required: true, whitespace: true, message: m.standardRequired }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="limitValue" label={m.limitValue}>
              <Input disabled={hasPlan || limitType === 'not_detected'} inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label={m.limitUnit}>
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="samplingPlan" label={m.samplingPlan} extra={m.samplingPlanHelp}>
              <Input placeholder={m.samplingPlanPlaceholder} maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={m.note}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="unverified" valuePropName="checked" extra={m.unverifiedHelp}>
              <Checkbox>{m.unverified}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
