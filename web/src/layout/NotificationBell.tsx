/**
 * The header's bell: the unread count, kept live by server-sent events (GET
 * /api/notifications/stream, which any server process's writes reach), and a dropdown of the
 * newest notifications. The count comes from the stream; the list is fetched when opened.
 */
import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Empty, Flex, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationPage } from '@contracts/notifications';
import { api } from '../api/client';
import { formatDateTime } from '../lib/time';
import { messages } from '../messages';

const m = messages.bell;

export function NotificationBell() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unread, setUnread] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['notifications', 'latest'],
    queryFn: () => api.get<NotificationPage>('/api/notifications', { pageSize: 8 }),
    enabled: open,
  });

  useEffect(() => {
    // EventSource reconnects by itself (the server ends a stream after 30 minutes; `retry` 3 s).
    const source = new EventSource('/api/notifications/stream');
    source.addEventListener('unread', (event) => {
      const count = (JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread;
      setUnread(count);
      // Whatever rang the bell (a notice, a new work item) may be on the page in view.
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['notices'] });
    });
    return () => source.close();
  }, [queryClient]);

  const visit = async (id: string, href: string | null) => {
    setOpen(false);
    await api.post(`/api/notifications/${id}/read`).catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    if (href) navigate(href);
  };
  const readAll = async () => {
    await api.post('/api/notifications/read-all').catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };

  const items = list.data?.items ?? [];
  const panel = (
    <div style={{ width: 380, background: '#fff', boxShadow: '0 6px 16px rgba(0,0,0,0.12)', borderRadius: 8, padding: 12 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{m.title}</Typography.Text>
        <Button size="small" type="link" onClick={() => void readAll()} disabled={!unread}>
          {m.readAll}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.isFetching ? m.loading : m.empty} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item key={n.id} style={{ cursor: 'pointer', padding: '6px 4px' }} onClick={() => void visit(n.id, n.href)} data-testid="notification-item">
              <Flex vertical style={{ width: '100%' }}>
                <Typography.Text strong={!n.readAt} ellipsis>
                  {n.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.kindName} · {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} popupRender={() => panel} placement="bottomRight">
      <Button type="text" aria-label={m.title} data-testid="notification-bell" style={{ marginRight: 8 }}>
        <Badge count={unread ?? 0} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
