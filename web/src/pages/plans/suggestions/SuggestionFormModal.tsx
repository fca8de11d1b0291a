/** 提出建议: a sampling suggestion or a risk warning, with a title and content, optionally for a category and a region. */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { CategoryTreeSelect } from '../../../components/CategoryTreeSelect';
import { RegionSelect } from '../../../components/RegionSelect';
import { applyFieldErrors } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { usePlanMutations, type NewSuggestion } from '../plans-api';
import { currentYear, yearOptions } from '../years';

const m = messages.suggestions;
const fields = ['kind', 'year', 'title', 'content', 'categoryId', 'regionCode'];

export function SuggestionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<NewSuggestion>();
  const { message } = App.useApp();
  const { createSuggestion } = usePlanMutations();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onFinish = async (v: NewSuggestion) => {
    try {
      await createSuggestion.mutateAsync({ ...v, title: v.title.trim(), content: v.content.trim(), categoryId: v.categoryId ?? null, regionCode: v.regionCode ?? null });
      message.success(m.created);
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, fields)) message.error(error instanceof Error ? error.message : messages.common.unknownError);
    }
  };

  return (
    <Modal
      open={open}
      title={m.create}
      okText={messages.common.submit}
      cancelText={messages.common.cancel}
      confirmLoading={createSuggestion.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<NewSuggestion> form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'sampling', year: currentYear() }}>
        <Form.Item name="kind" label={m.kind}>
          <Radio.Group options={[...m.kindOptions]} optionType="button" />
        </Form.Item>
        <Form.Item name="title" label={m.title} rules={[{ required: true, whitespace: true, message: m.titleRequired }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="content" label={m.content} rules={[{ required: true, whitespace: true, message: m.contentRequired }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="year" label={m.year}>
          <Select options={yearOptions()} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="categoryId" label={m.category}>
          <CategoryTreeSelect allowClear />
        </Form.Item>
        <Form.Item name="regionCode" label={m.region}>
          <RegionSelect allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
