/** The selected unit: name, kind, region code, parent and its duties. */
import { Card, Descriptions, Empty, Flex, Skeleton, Typography } from 'antd';
import { useOrgUnit } from '../../api/org';
import { QueryError } from '../../components/QueryError';
import { orgMessages } from './messages';

const m = orgMessages;

export function UnitDetails({ unitId }: { unitId: string | null }) {
  const { data: unit, error, isLoading, refetch } = useOrgUnit(unitId);

  if (!unitId) return <Card><Empty description={m.selectHint} /></Card>;
  if (error) return <Card><QueryError error={error} onRetry={() => void refetch()} /></Card>;
  if (isLoading || !unit) return <Card><Skeleton active /></Card>;

  return (
    <Card title={unit.name}>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'name', label: m.name, children: unit.name },
          { key: 'kind', label: m.kind, children: unit.kindName },
          { key: 'regionCode', label: m.regionCode, children: unit.regionCode ?? m.none },
          { key: 'parent', label: m.parent, children: unit.parentName ?? m.none },
          {
            key: 'duties',
            label: m.duties,
            children:
              unit.duties.length === 0 ? (
                <Typography.Text type="secondary">{m.noDuties}</Typography.Text>
              ) : (
                <Flex vertical gap={6}>
                  {unit.duties.map((d, i) => (
                    <div key={`${d.article}-${i}`}>
                      {d.article && <Typography.Text strong>{d.article} </Typography.Text>}
                      {d.text}
                    </div>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
