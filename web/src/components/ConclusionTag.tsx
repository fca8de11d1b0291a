/** A sample's conclusion (or an item's judgement) as a coloured Tag; the 待核实 tag beside it. */
import { Tag } from 'antd';
import { conclusionColors, labelOf } from '../lib/enums';
import { messages } from '../messages';

export function ConclusionTag({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return <Tag color={conclusionColors[value]}>{labelOf(messages.enums.conclusion, value)}</Tag>;
}

export function ReviewTag({ title }: { title?: string }) {
  return (
    <Tag color="orange" title={title}>
      {messages.common.reviewTag}
    </Tag>
  );
}
