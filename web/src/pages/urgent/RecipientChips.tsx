/** Who received the report and whether each has acknowledged it: 抽检监测处 ✓ · 经营处 待签收 · 武侯区局 ✓. */
import { Flex, Tag, Tooltip } from 'antd';
import { useUnitLabel } from '../../api/org';
import { formatDateTime } from '../../lib/time';
import { urgentMessages } from './messages';
import type { Recipient } from './urgent-api';

const m = urgentMessages;

export function RecipientChips({ recipients }: { recipients: Recipient[] }) {
  const label = useUnitLabel();
  return (
    <Flex gap={4} wrap>
      {recipients.map((r) => {
        const name = label(r.unitId, r.unitName);
        const acked = r.acknowledgedAt !== null;
        return (
          <Tooltip key={r.unitId} title={acked ? m.ackTitle(r.unitName, formatDateTime(r.acknowledgedAt)) : r.unitName}>
            <Tag color={acked ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {name} {acked ? m.acknowledged : m.pendingAck}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
