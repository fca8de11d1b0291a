/** 法规处's review: 通过 or 退回, with the opinion (required to return). */
import { Form, Input, Radio } from 'antd';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = casesMessages;

interface Values {
  approve: boolean;
  opinion?: string;
}

export function ReviewDecisionModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { decideReview } = useCaseMutations();
  const approve = Form.useWatch('approve', form) ?? true;

  const submit = async (v: Values) => {
    await decideReview.mutateAsync({ id: c.id, body: { version: c.version, approve: v.approve, opinion: v.opinion?.trim() || undefined } });
  };

  return (
    <FormModal
      open={open}
      title={m.decideReviewTitle}
      danger={!approve}
      okText={approve ? m.approve : m.returnReview}
      form={form}
      fields={['approve', 'opinion']}
      conflict={m.versionConflict}
      formProps={{ name: 'caseReviewDecision', initialValues: { approve: true } }}
      submit={submit}
      success={(_, v) => m.reviewDecided(v.approve)}
      onClose={onClose}
    >
      <Form.Item name="approve">
        <Radio.Group optionType="button" options={[{ value: true, label: m.approve }, { value: false, label: m.returnReview }]} />
      </Form.Item>
      <Form.Item name="opinion" label={m.opinion} rules={approve ? [] : [{ required: true, whitespace: true, message: m.opinionRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
