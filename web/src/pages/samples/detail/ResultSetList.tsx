/**
 * A sample's result sets. One set shows as one table, as it always has; after a retest the first
 * lab's results (初检结果) stay on screen beside the retest lab's (复检结果), each marked as the
 * one the conclusion goes by or as replaced.
 */
import { Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../lib/time';
import { sampleDetailMessages } from '../messages';
import type { ResultSet } from '../samples-api';
import { ResultItemsTable } from './ResultItemsTable';

const m = sampleDetailMessages;

export function ResultSetList({ sets }: { sets: ResultSet[] }) {
  if (sets.length <= 1) return <ResultItemsTable items={sets[0]?.items ?? []} />;
  return (
    <Flex vertical gap={16}>
      {sets.map((set) => {
        const title = set.kind === 'retest' ? m.resultSetRetest : m.resultSetInitial;
        return (
          <section key={set.objectionId ?? 'initial'} aria-label={title}>
            <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>{title}</Typography.Text>
              <Tag color={set.effective ? 'blue' : 'default'}>{set.effective ? m.resultSetEffective : m.resultSetSuperseded}</Tag>
              {set.kind === 'retest' && <Typography.Text type="secondary">{m.retestFacts(set.retestLab, formatDateTime(set.concludedAt))}</Typography.Text>}
            </Flex>
            <ResultItemsTable items={set.items} />
          </section>
        );
      })}
    </Flex>
  );
}
