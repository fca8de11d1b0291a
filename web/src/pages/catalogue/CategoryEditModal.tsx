/** Rename a category, or take it out of use (it stays on old samples; new ones cannot pick it). */
import { App, Form, Input, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import type { Category } from '../../api/catalogue';
import { applyFieldErrors } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCatalogueMutations } from './catalogue-api';

const m = messages.catalogue;

export function CategoryEditModal({ category, onClose }: { category: Category | null; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; active: boolean }>();
  const { message } = App.useApp();
  const { updateCategory } = useCatalogueMutations();

  useEffect(() => {
    if (category) form.setFieldsValue({ name: category.name, active: category.active });
  }, [category, form]);

  const onFinish = async (v: { name: string; active: boolean }) => {
    if (!category) return;
    try {
      await updateCategory.mutateAsync({ category, changes: { name: v.name.trim(), active: v.active } });
      message.success(messages.common.saved);
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, ['name', 'active'])) message.error(error instanceof Error ? error.message : messages.common.unknownError);
    }
  };

  return (
    <Modal
      open={category !== null}
      title={m.renameTitle}
      okText={messages.common.save}
      cancelText={messages.common.cancel}
      confirmLoading={updateCategory.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="name" label={m.categoryName} rules={[{ required: true, whitespace: true, message: m.categoryNameRequired }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="active" label={m.active} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
