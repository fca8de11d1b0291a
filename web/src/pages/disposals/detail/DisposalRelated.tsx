/**
 * The records that grew out of the same sample besides this disposal — its 24-hour reports and
 * cases — as links (the objections have their own card on this page). Read from the sample's
 * reply, so the links are exactly the ones the server says this user may open.
 */
import { Card } from 'antd';
import { sampleDetailMessages } from '../../samples/messages';
import { RelatedRecords } from '../../samples/detail/RelatedRecords';
import { useSample } from '../../samples/samples-api';

export function DisposalRelated({ disposalId, sampleId }: { disposalId: string; sampleId: string }) {
  const { data: sample } = useSample(sampleId);
  const others = (sample?.related ?? []).filter((r) => r.id !== disposalId && r.kind !== 'objection');
  if (others.length === 0) return null;
  return (
    <Card title={sampleDetailMessages.related} size="small">
      <RelatedRecords records={others} />
    </Card>
  );
}
