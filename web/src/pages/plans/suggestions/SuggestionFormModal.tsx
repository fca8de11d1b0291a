/** 提出建议: a sampling suggestion or a risk warning, with a title and content, optionally for a category and a region. */
import { Form, Input, Radio, Select } from 'antd';
import { CategoryTreeSelect } from '../../../components/CategoryTreeSelect';
import { RegionSelect } from '../../../components/RegionSelect';
import { FormModal } from '../../../components/FormModal';
import { messages } from '../../../messages';
import { suggestionsMessages } from '../messages';
import { usePlanMutations, type NewSuggestion } from '../plans-api';
import { currentYear, yearOptions } from '../years';

const m = suggestionsMessages;
const fields = ['kind', 'year', 'title', 'content', 'categoryId', 'regionCode'];

export function SuggestionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<NewSuggestion>();
  const { createSuggestion } = usePlanMutations();

  return (
    <FormModal<NewSuggestion, unknown>
      open={open}
      title={m.create}
      okText={messages.common.submit}
      width={640}
      form={form}
      fields={fields}
      formProps={{ initialValues: { kind: 'sampling', year: currentYear() } }}
      submit={(v) => createSuggestion.mutateAsync({ ...v, title: v.title.trim(), content: v.content.trim(), categoryId: v.categoryId ?? null, regionCode: v.regionCode ?? null })}
      success={m.created}
      onClose={onClose}
    >
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
    </FormModal>
  );
}
