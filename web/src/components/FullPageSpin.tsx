import { Flex, Spin } from 'antd';
import { messages } from '../messages';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={messages.common.loading} />
    </Flex>
  );
}
