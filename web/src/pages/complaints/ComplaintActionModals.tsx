/** The forms of a complaint's actions: 受理, 不予受理, 转办, 办结, 立案, 答复. Each sends the version the page shows. */
import { Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useComplaintMutations, type ComplaintDetail } from './complaints-api';
import { complaintsMessages } from './messages';

const m = complaintsMessages;
export type ComplaintModal = 'accept' | 'reject' | 'reassign' | 'close' | 'openCase' | 'reply' | null;

interface Props {
  c: ComplaintDetail;
  open: ComplaintModal;
  onClose: () => void;
}

export function ComplaintActionModals({ c, open, onClose }: Props) {
  const [accept] = Form.useForm<{ note?: string }>();
  const [reject] = Form.useForm<{ reason: string }>();
  const [reassign] = Form.useForm<{ unitId: string; note?: string }>();
  const [close] = Form.useForm<{ outcome: string; note?: string; title?: string; content?: string }>();
  const [openCase] = Form.useForm<{ title: string; partyName: string; facts: string }>();
  const [reply] = Form.useForm<{ text: string }>();
  const mutations = useComplaintMutations();
  const navigate = useNavigate();
  const outcome = Form.useWatch('outcome', close);
  const common = { onClose, conflict: m.versionConflict, closeOnConflict: true };
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <>
      <FormModal {...common} open={open === 'accept'} title={c.kind === 'report' ? m.acceptReport : m.accept} form={accept} fields={['note']} formProps={{ name: 'accept' }} success={m.acceptDone}
        submit={(v) => mutations.accept.mutateAsync({ id: c.id, body: { version: c.version, note: v.note?.trim() || undefined } })}>
        <Form.Item name="note" label={m.acceptNote}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
      <FormModal {...common} open={open === 'reject'} title={m.reject} danger form={reject} fields={['reason']} formProps={{ name: 'reject' }} success={m.rejectDone}
        submit={(v) => mutations.reject.mutateAsync({ id: c.id, body: { version: c.version, reason: v.reason.trim() } })}>
        <Form.Item name="reason" label={m.rejectReason} rules={required(m.rejectReasonRequired)}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </FormModal>
      <FormModal {...common} open={open === 'reassign'} title={m.reassign} form={reassign} fields={['unitId', 'note']} formProps={{ name: 'reassign' }} success={m.reassignDone}
        submit={(v) => mutations.reassign.mutateAsync({ id: c.id, body: { version: c.version, unitId: v.unitId, note: v.note?.trim() || undefined } })}>
        <Form.Item name="unitId" label={m.reassignUnit} rules={[{ required: true, message: m.reassignUnitRequired }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="note" label={m.reassignNote}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>
      <FormModal {...common} open={open === 'close'} title={m.close} form={close} fields={['outcome', 'note', 'suggestion.title', 'suggestion.content']} formProps={{ name: 'close' }} success={m.closeDone}
        submit={(v) =>
          mutations.close.mutateAsync({
            id: c.id,
            body: { version: c.version, outcome: v.outcome, note: v.note?.trim() || undefined, suggestion: v.outcome === 'suggestion' ? { title: v.title?.trim(), content: v.content?.trim() } : undefined },
          })
        }>
        <Form.Item name="outcome" label={m.closeOutcome} rules={[{ required: true, message: m.closeOutcomeRequired }]}>
          <Select options={Object.entries(m.outcomes).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="note" label={m.closeNote}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {outcome === 'suggestion' && (
          <>
            <Form.Item name="title" label={m.suggestionTitle} rules={required(m.suggestionRequired)}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="content" label={m.suggestionContent} rules={required(m.suggestionRequired)}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal {...common} open={open === 'openCase'} title={m.openCase} form={openCase} fields={['title', 'partyName', 'facts']} success={m.caseDone}
        formProps={{ name: 'openCase', initialValues: { partyName: c.enterpriseName ?? '', facts: c.description } }} resetOnOpen={false}
        submit={(v) => mutations.openCase.mutateAsync({ id: c.id, body: { version: c.version, title: v.title.trim(), partyName: v.partyName.trim(), facts: v.facts.trim() } })}
        onDone={(r) => r.case && navigate(`/cases/${r.case.id}`)}>
        <Form.Item name="title" label={m.caseTitle} rules={required(m.caseRequired)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="partyName" label={m.caseParty} rules={required(m.caseRequired)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="facts" label={m.caseFacts} rules={required(m.caseRequired)}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
      </FormModal>
      <FormModal {...common} open={open === 'reply'} title={m.reply} form={reply} fields={['text']} formProps={{ name: 'reply', initialValues: { text: c.replyText ?? '' } }} resetOnOpen={false} success={m.replyDone}
        submit={(v) => mutations.reply.mutateAsync({ id: c.id, body: { version: c.version, text: v.text.trim() } })}>
        <Form.Item name="text" label={m.replyLabel} rules={required(m.replyRequired)}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
