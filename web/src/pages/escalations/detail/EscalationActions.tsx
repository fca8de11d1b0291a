/** The header's buttons: exactly the escalation actions the server lists, each opening its form. */
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { escalationsMessages } from '../messages';
import type { EscalationDetail } from '../escalations-api';
import { EscalationActionModal, type FormAction } from './EscalationActionModal';

const m = escalationsMessages;

export function EscalationActions({ escalation }: { escalation: EscalationDetail }) {
  const [action, setAction] = useState<FormAction | null>(null);
  const can = (a: FormAction) => escalation.actions.includes(a);
  return (
    <Flex gap={8} wrap>
      {can('report') && (
        <Button type="primary" onClick={() => setAction('report')}>
          {m.report}
        </Button>
      )}
      {can('withdraw') && (
        <Button danger={escalation.belowThreshold} onClick={() => setAction('withdraw')}>
          {m.withdraw}
        </Button>
      )}
      {can('return') && (
        <Button danger onClick={() => setAction('return')}>
          {m.return}
        </Button>
      )}
      {can('close') && (
        <Button type="primary" onClick={() => setAction('close')}>
          {m.close}
        </Button>
      )}
      <EscalationActionModal escalation={escalation} action={action} onClose={() => setAction(null)} />
    </Flex>
  );
}
