/** The frame of the pages outside the app layout (login, forced password change). */
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { messages } from '../messages';

export function CenteredCard({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Flex
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: 'linear-gradient(180deg, #e8f0fa 0%, #f5f5f5 60%)' }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {messages.app.productName}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ marginTop: 8 }}>
            {messages.app.bureauName}
          </Typography.Text>
        </Flex>
        {title && (
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 16 }}>
            {title}
          </Typography.Title>
        )}
        {children}
      </Card>
    </Flex>
  );
}
