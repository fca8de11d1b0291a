/** On the 321 meeting form: the risk signals put on the agenda of the user's unit's next meeting. */
import { useQuery } from '@tanstack/react-query';
import { Alert, List, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { methodNames, statusColors, statusNames } from './messages';
import type { z } from 'zod';
import type { meetingAgenda } from '@contracts/signals';

export function SignalAgenda() {
  // The agenda shows to those whose menu has 风险信号 (`signal.read` in a unit that reaches signals).
  const mayRead = useMe().data?.menu.includes('signals') ?? false;
  const agenda = useQuery({ queryKey: ['signals', 'agenda'], queryFn: () => api.get<z.infer<typeof meetingAgenda>>('/api/signals/agenda'), enabled: mayRead });
  const items = agenda.data?.items ?? [];
  if (!mayRead || items.length === 0) return null;
  return (
    <Alert
      type="warning"
      style={{ marginBottom: 16 }}
      message={`待研判的风险信号（${items.length} 条，已列入本次研判议程）`}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(i) => (
            <List.Item>
              <Link to={`/signals/${i.signalId}`} target="_blank">
                {i.title}
              </Link>
              <span>
                <Tag>{methodNames[i.method]}</Tag>
                <Tag color={statusColors[i.status]}>{statusNames[i.status]}</Tag>
              </span>
            </List.Item>
          )}
        />
      }
    />
  );
}
