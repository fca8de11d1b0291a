/** A disposal's state as a coloured tag (the server's name when it sends one). */
import { Tag } from 'antd';
import { labelOf } from '../../lib/enums';
import { messages } from '../../messages';

const colors: Record<string, string | undefined> = {
  open: 'blue',
  in_progress: 'processing',
  pending_approval: 'gold',
  closed: 'green',
  voided: undefined,
};

export function DisposalStatusTag({ status, name }: { status: string; name?: string }) {
  return <Tag color={colors[status]}>{name ?? labelOf(messages.disposalEnums.status, status)}</Tag>;
}

export const isActive = (status: string) => status !== 'closed' && status !== 'voided';
