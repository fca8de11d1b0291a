/** A notice's kind as a coloured tag (通报函, 监管提示, 风险预警提示, 工作动态). */
import { Tag } from 'antd';
import { kindOptions } from './messages';

export function KindTag({ kind }: { kind: string }) {
  const option = kindOptions.find((k) => k.value === kind);
  return <Tag color={option?.color}>{option?.label}</Tag>;
}
