/**
 * The header's buttons: 生成文书, and exactly the actions the server lists — 申请结案,
 * 审批结案 / 退回, 延期 — with their confirmations and forms.
 */
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { isVersionConflict } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { disposalDetailMessages } from '../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';
import { ClosingDecisionModal } from './ClosingDecisionModal';
import { ConclusionReceivedModal } from './ConclusionReceivedModal';
import { DocumentsMenu } from './DocumentsMenu';
import { ExtendModal } from './ExtendModal';

const m = disposalDetailMessages;

export function DisposalActions({ disposal }: { disposal: DisposalDetail }) {
  const { message } = App.useApp();
  const { requestClosing } = useDisposalMutations(disposal.id);
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [extending, setExtending] = useState(false);
  const [settingReceived, setSettingReceived] = useState(false);
  const can = (action: DisposalDetail['actions'][number]) => disposal.actions.includes(action);

  const onRequestClosing = () =>
    requestClosing.mutateAsync(disposal.version).then(
      () => void message.success(m.closingRequested),
      (e: Error) => void message.error(isVersionConflict(e) ? m.versionConflict : e.message),
    );

  return (
    <Flex gap={8} wrap>
      <DocumentsMenu disposalId={disposal.id} />
      {can('setConclusionReceived') && <Button onClick={() => setSettingReceived(true)}>{m.setConclusionReceived}</Button>}
      {can('extend') && <Button onClick={() => setExtending(true)}>{m.extend}</Button>}
      {can('requestClosing') && (
        <Popconfirm title={m.requestClosingConfirm} onConfirm={onRequestClosing} okText={messages.common.ok} cancelText={messages.common.cancel}>
          <Button type="primary" loading={requestClosing.isPending}>
            {m.requestClosing}
          </Button>
        </Popconfirm>
      )}
      {can('rejectClosing') && (
        <Button danger onClick={() => setDecision('reject')}>
          {m.rejectClosing}
        </Button>
      )}
      {can('approveClosing') && (
        <Button type="primary" onClick={() => setDecision('approve')}>
          {m.approveClosing}
        </Button>
      )}
      {(can('approveClosing') || can('rejectClosing')) && <ClosingDecisionModal disposal={disposal} decision={decision} onClose={() => setDecision(null)} />}
      {can('extend') && <ExtendModal disposal={disposal} open={extending} onClose={() => setExtending(false)} />}
      {can('setConclusionReceived') && <ConclusionReceivedModal disposal={disposal} open={settingReceived} onClose={() => setSettingReceived(false)} />}
    </Flex>
  );
}
