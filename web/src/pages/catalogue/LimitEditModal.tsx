/**
 * Correct a limit; clearing 待核实 confirms the value against the primary text. A microbiological
 * sampling plan is typed as the standards write it and read with the server's own parser.
 */
import { Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { formatPlan, parsePlan } from '../../../../src/domain/sampling/sampling-plan';
import { FormModal } from '../../components/FormModal';
import { optionsOf } from '../../lib/enums';
import { messages } from '../../messages';
import { catalogueMessages } from './messages';
import { useCatalogueMutations, type ItemLimit, type LimitType } from './catalogue-api';
import { noteWithVerification } from './limits';

const m = catalogueMessages;

/** A typed plan must parse (the server's own parser); an empty one is no plan. */
function checkPlan(value: string | undefined): Promise<void> {
  const plan = value?.trim() ? parsePlan(value) : null;
  return plan && 'error' in plan ? Promise.reject(new Error(plan.error)) : Promise.resolve();
}
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
  const { updateLimit } = useCatalogueMutations();
  const limitType = Form.useWatch('limitType', form);
  const planText = Form.useWatch('samplingPlan', form);
  const hasPlan = !!planText?.trim();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!limit) return;
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

  const submit = async (v: Values) => {
    const notDetected = v.limitType === 'not_detected';
    // Checked by the field's rule before submitting: here it is a plan or nothing.
    const plan = v.samplingPlan?.trim() ? parsePlan(v.samplingPlan) : null;
    const parsed = plan && !('error' in plan) ? plan : null;
    await updateLimit.mutateAsync({
      limit: limit!,
      changes: {
        limitType: v.limitType,
        limitValue: notDetected ? null : v.limitValue?.trim() || null,
        unit: v.unit?.trim() || parsed?.unit || null,
        samplingPlan: parsed?.plan ?? null,
        standard: v.standard.trim(),
        note: noteWithVerification(v.note, v.unverified),
      },
    });
  };

  return (
    <FormModal<Values, unknown>
      open={limit !== null}
      title={m.limitEditTitle(itemName)}
      width={600}
      form={form}
      fields={fields}
      // The limit is the table's row: after a conflict it is opened again from the fresh table.
      closeOnConflict
      submit={submit}
      success={messages.common.saved}
      onClose={onClose}
    >
      {limit && (
        <Typography.Paragraph type="secondary">
          {m.limitAppliesTo(limit.categoryName ?? m.allCategories, limit.foodKeyword)}
        </Typography.Paragraph>
      )}
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
          <Form.Item name="samplingPlan" label={m.samplingPlan} extra={m.samplingPlanHelp} rules={[{ validator: (_, value?: string) => checkPlan(value) }]}>
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
    </FormModal>
  );
}
