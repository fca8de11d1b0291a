/** Rename a category, or take it out of use (it stays on old samples; new ones cannot pick it). */
import { Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import type { Category } from '../../api/catalogue';
import { FormModal } from '../../components/FormModal';
import { messages } from '../../messages';
import { catalogueMessages } from './messages';
import { useCatalogueMutations } from './catalogue-api';

const m = catalogueMessages;

export function CategoryEditModal({ category, onClose }: { category: Category | null; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; active: boolean }>();
  const { updateCategory } = useCatalogueMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (category) form.setFieldsValue({ name: category.name, active: category.active });
  }, [category, form]);

  return (
    <FormModal<{ name: string; active: boolean }, unknown>
      open={category !== null}
      title={m.renameTitle}
      form={form}
      fields={['name', 'active']}
      submit={(v) => updateCategory.mutateAsync({ category: category!, changes: { name: v.name.trim(), active: v.active } })}
      success={messages.common.saved}
      onClose={onClose}
    >
      <Form.Item name="name" label={m.categoryName} rules={[{ required: true, whitespace: true, message: m.categoryNameRequired }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="active" label={m.active} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
