/** The way out of a page that shows nothing: back to where the user came from, or to the workbench. */
import { Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../messages';

export function BackButtons() {
  const navigate = useNavigate();
  // A page opened directly (new tab, bookmark) has no history entry of ours to go back to.
  const hasHistory = typeof window !== 'undefined' && (window.history.state?.idx ?? 0) > 0;
  return (
    <Flex gap={8} justify="center" wrap>
      {hasHistory && <Button onClick={() => navigate(-1)}>{messages.common.goBack}</Button>}
      <Button type="primary" onClick={() => navigate('/')}>
        {messages.common.backHome}
      </Button>
    </Flex>
  );
}
