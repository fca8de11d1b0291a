/** The title row every page starts with (antd 6 has no PageHeader). */
import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { messages } from '../messages';

export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} - ${messages.app.productName}`;
  }, [title]);
  return (
    <Flex align="center" justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
