/** Where a case stands (the last stage recorded) as a coloured tag, and the marks a case may carry. */
import { Flex, Tag } from 'antd';
import { labelOf } from '../../lib/enums';
import { casesMessages } from './messages';
import type { ReviewStatus } from './cases-api';

const m = casesMessages;

const colors: Record<string, string | undefined> = {
  filing: 'blue',
  investigation: 'processing',
  notice: 'processing',
  hearing: 'processing',
  decision: 'gold',
  execution: 'cyan',
  closed: 'green',
};

export function CaseStageTag({ stage }: { stage: string }) {
  return <Tag color={colors[stage]}>{labelOf(m.stageStatus, stage)}</Tag>;
}

const reviewColors: Record<ReviewStatus, string> = { pending: 'orange', approved: 'green', returned: 'red' };

export function CaseMarks({ major, crossRegion, transferred, review }: { major: boolean; crossRegion: boolean; transferred: boolean; review?: ReviewStatus | null }) {
  if (!major && !crossRegion && !transferred && !review) return null;
  return (
    <Flex gap={4} wrap>
      {major && <Tag color="red">{m.major}</Tag>}
      {crossRegion && <Tag color="purple">{m.crossRegion}</Tag>}
      {review && <Tag color={reviewColors[review]}>{m.reviewStatus[review]}</Tag>}
      {transferred && <Tag color="magenta">{m.transferred}</Tag>}
    </Flex>
  );
}
