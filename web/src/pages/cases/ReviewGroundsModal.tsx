/** 登记审核情形: the grounds of 行政处罚法 art. 58 ¶1 the case officer states; the hearing one follows from the stages. */
import { Checkbox, Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = casesMessages;

interface Values {
  publicInterest: boolean;
  complex: boolean;
  requiredBy?: string;
}

export function ReviewGroundsModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { setGrounds } = useCaseMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ publicInterest: c.publicInterest, complex: c.complex, requiredBy: c.reviewRequiredBy ?? '' });
  }, [open]);

  const submit = async (v: Values) => {
    await setGrounds.mutateAsync({ id: c.id, body: { version: c.version, publicInterest: Boolean(v.publicInterest), complex: Boolean(v.complex), requiredBy: v.requiredBy?.trim() || null } });
  };

  return (
    <FormModal
      open={open}
      title={m.groundsTitle}
      form={form}
      fields={['publicInterest', 'complex', 'requiredBy']}
      conflict={m.versionConflict}
      formProps={{ name: 'reviewGrounds' }}
      resetOnOpen={false}
      submit={submit}
      success={m.groundsSaved}
      onClose={onClose}
    >
      <Form.Item name="publicInterest" valuePropName="checked">
        <Checkbox>{m.publicInterestCase}</Checkbox>
      </Form.Item>
      <Form.Item>
        <Checkbox checked={c.legalReviewGrounds.hearingHeld} disabled>
          {m.hearingGround}
        </Checkbox>
      </Form.Item>
      <Form.Item name="complex" valuePropName="checked">
        <Checkbox>{m.complexCase}</Checkbox>
      </Form.Item>
      <Form.Item name="requiredBy" label={m.requiredBy}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
