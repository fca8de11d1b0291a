/** 推断与待核实: what an import inferred rather than read, and why the record needs a person to check it. */
import { Alert, Descriptions, Flex, Typography } from 'antd';
import { ReviewTag } from '../../../components/ConclusionTag';
import { sampleDetailMessages } from '../messages';
import type { SampleDetail } from '../samples-api';

const m = sampleDetailMessages;

export function ReviewSection({ sample }: { sample: SampleDetail }) {
  const inferred = Object.entries(sample.inferred ?? {});
  return (
    <Flex vertical gap={12}>
      {sample.needsReview && (
        <Alert
          type="warning"
          showIcon
          title={
            <Flex gap={8} align="center">
              <ReviewTag />
              {m.reviewNeeded}
            </Flex>
          }
          description={
            sample.reviewReasons.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={m.reviewReasons}>
                {sample.reviewReasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Typography.Text strong>{m.inferred}</Typography.Text>
      {inferred.length === 0 ? (
        <Typography.Text type="secondary">{m.nothingInferred}</Typography.Text>
      ) : (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={inferred.map(([field, how]) => ({ key: field, label: field, children: how }))}
          styles={{ label: { width: 130 } }}
        />
      )}
    </Flex>
  );
}
