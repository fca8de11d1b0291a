/** One report on the board: its clock, what and where, and who has acknowledged it. Opens the report. */
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useRegionName } from '../../components/RegionSelect';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { urgentMessages } from './messages';
import { RecipientChips } from './RecipientChips';
import type { UrgentRow } from './urgent-api';
import { UrgentClock } from './UrgentClock';

const m = urgentMessages;

export function UrgentCard({ report: r }: { report: UrgentRow }) {
  const navigate = useNavigate();
  const regionName = useRegionName();
  const late = r.overdue && r.status !== 'closed';
  return (
    <Card
      hoverable
      size="small"
      onClick={() => navigate(`/urgent/${r.id}`)}
      style={{ height: '100%', borderColor: late ? '#ffa39e' : undefined }}
      title={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong ellipsis style={{ maxWidth: '75%' }} title={r.title}>
            {r.foodName}（{r.enterpriseName}）
          </Typography.Text>
          <Tag color={r.status === 'open' ? 'red' : r.status === 'handled' ? 'blue' : 'green'}>{r.statusName}</Tag>
        </Flex>
      }
      data-testid="urgent-card"
    >
      <Flex vertical gap={12}>
        <UrgentClock report={r} />
        <Typography.Text ellipsis title={r.title}>
          {r.title}
        </Typography.Text>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'region', label: m.region, children: regionName(r.regionCode) || messages.common.none },
            { key: 'owner', label: m.ownerUnit, children: r.ownerUnitName },
            { key: 'raisedAt', label: m.raisedAt, children: formatDateTime(r.raisedAt) },
          ]}
        />
        <RecipientChips recipients={r.recipients} />
      </Flex>
    </Card>
  );
}
