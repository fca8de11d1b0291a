/** Correct a limit; clearing 待核实 confirms the value against the primary text. */
import { App, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../api/client';
import { optionsOf } from '../../lib/enums';
import { applyFieldErrors } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCatalogueMutations, type ItemLimit, type LimitType } from './catalogue-api';
import { noteWithVerification } from './limits';

const m = messages.catalogue;
const fields = ['limitType', 'limitValue', 'unit', 'standard', 'note'];

interface Values {
  limitType: LimitType;
  limitValue?: string;
  unit?: string;
  standard: string;
  note?: string;
  unverified: boolean;
}

export function LimitEditModal({ limit, itemName, onClose }: { limit: ItemLimit | null; itemName: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { updateLimit } = useCatalogueMutations();
  const limitType = Form.useWatch('limitType', form);

  useEffect(() => {
    if (!limit) return;
    form.resetFields();
    form.setFieldsValue({ limitType: limit.limitType, limitValue: limit.limitValue ?? '', unit: limit.unit ?? '', standard: limit.standard, note: noteWithVerification(limit.note, false) ?? '', unverified: limit.unverified });
  }, [limit, form]);

  const onFinish = async (v: Values) => {
    if (!limit) return;
    const notDetected = v.limitType === 'not_detected';
    try {
      await updateLimit.mutateAsync({
        limit,
        changes: {
          limitType: v.limitType,
          limitValue: notDetected ? null : v.limitValue?.trim() || null,
          unit: v.unit?.trim() || null,
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
              <Select options={optionsOf(messages.enums.limitType)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="standard" label={m.standard} rules={[{ required: true, whitespace: true, message: m.standardRequired }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="limitValue" label={m.limitValue}>
              <Input disabled={limitType === 'not_detected'} inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label={m.limitUnit}>
              <Input maxLength={32} />
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
