/**
 * The complaints an opinion event names (e.g. a 12345 surge's transfers): number, kind, channel,
 * status and region, never the complainant; a number links to the complaint when the user reads
 * it. 关联投诉举报 (the `linkComplaints` action: the bureau of the area, 协调处) adds the user's own.
 */
import { Form, Input, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../lib/time';
import { opinionMessages as m } from './messages';
import { useOpinionMutations, type OpinionEventDetail } from './opinion-api';

type LinkedComplaint = OpinionEventDetail['complaints'][number];

const numbersOf = (text?: string) =>
  (text ?? '')
    .split(/[\s,，、;；]+/)
    .map((n) => n.trim())
    .filter(Boolean);

export function LinkedComplaints({ e }: { e: OpinionEventDetail }) {
  return (
    <>
      <Table<LinkedComplaint>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={e.complaints}
        locale={{ emptyText: m.none }}
        data-testid="linked-complaints"
        columns={[
          { title: m.complaintNo, dataIndex: 'trackingNo', render: (no: string, c) => (c.href ? <Link to={c.href}>{no}</Link> : no) },
          { title: m.complaintHotlineNo, dataIndex: 'hotlineNo', render: (no: string | null) => no ?? '—' },
          { title: m.complaintKind, dataIndex: 'kindName', width: 70 },
          { title: m.complaintChannel, dataIndex: 'channelName' },
          { title: m.complaintStatus, dataIndex: 'statusName', width: 90 },
          { title: m.complaintRegion, dataIndex: 'regionName', render: (r: string | null) => r ?? '—' },
          { title: m.complaintReceived, dataIndex: 'receivedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      {e.otherComplaintCount > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.otherComplaints(e.otherComplaintCount)}
        </Typography.Text>
      )}
    </>
  );
}

export function LinkComplaintsModal({ e, open, onClose }: { e: OpinionEventDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ complaintNos: string }>();
  const { act } = useOpinionMutations();
  return (
    <FormModal<{ complaintNos: string }, OpinionEventDetail>
      title={m.linkComplaintsTitle}
      form={form}
      open={open}
      onClose={onClose}
      fields={['complaintNos']}
      submit={(v) => act.mutateAsync({ e, action: 'complaints', body: { version: e.version, complaintNos: numbersOf(v.complaintNos) } })}
      success={m.complaintsLinked}
      formProps={{ name: 'opinionLinkComplaints' }}
    >
      <Form.Item
        name="complaintNos"
        label={m.fieldComplaintNos}
        extra={m.linkComplaintsHelp}
        rules={[{ validator: async (_, text?: string) => (numbersOf(text).length ? undefined : Promise.reject(new Error(m.linkComplaintsRequired))) }]}
      >
        <Input.TextArea rows={4} aria-label={m.fieldComplaintNos} />
      </Form.Item>
    </FormModal>
  );
}
