/** The unit head's switches: which kinds of the unit's notices need approval before they go out. */
import { App, Modal, Switch, Table, Typography } from 'antd';
import { noticesMessages } from './messages';
import { useApprovalSettings, useNoticeMutations, type NoticeKind } from './notices-api';

const m = noticesMessages;

export function ApprovalSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { data } = useApprovalSettings(open);
  const { setApproval } = useNoticeMutations();
  return (
    <Modal open={open} title={m.approvalSettingsTitle} onCancel={onClose} footer={null}>
      <Typography.Paragraph type="secondary">{m.approvalHint}</Typography.Paragraph>
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={data?.items ?? []}
        columns={[
          { title: m.kind, dataIndex: 'kindName' },
          {
            title: m.approvalRequired,
            dataIndex: 'required',
            width: 120,
            render: (required: boolean, row) => (
              <Switch
                checked={required}
                loading={setApproval.isPending}
                onChange={(value) => setApproval.mutateAsync({ kind: row.kind as NoticeKind, required: value }).catch((e: Error) => void message.error(e.message))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
