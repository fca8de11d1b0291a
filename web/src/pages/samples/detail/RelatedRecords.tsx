/**
 * What grew out of a sample — its disposal, 24-hour reports, objections and retests, cases — as
 * links, so an official follows an unqualified result to everything done about it and back. A
 * record the user may not open is listed without a link (the server leaves `href` empty).
 */
import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { labelOf } from '../../../lib/enums';
import { sampleDetailMessages } from '../messages';
import type { RelatedRecord } from '../samples-api';

const m = sampleDetailMessages;

export function RelatedRecords({ records, exclude = [] }: { records: RelatedRecord[]; exclude?: string[] }) {
  const shown = records.filter((r) => !exclude.includes(r.id) && !exclude.includes(r.kind));
  if (shown.length === 0) return <Typography.Text type="secondary">{m.relatedNone}</Typography.Text>;
  return (
    <Flex vertical gap={8} data-testid="related-records">
      {shown.map((r) => (
        <Flex key={`${r.kind}-${r.id}`} gap={8} align="center" wrap>
          <Tag>{labelOf(m.relatedKind, r.kind)}</Tag>
          {r.href ? <Link to={r.href}>{r.title}</Link> : <Typography.Text>{r.title}</Typography.Text>}
          <Typography.Text type="secondary">{r.statusName}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
