/** What a page shows when its data failed to load: the server's message and a retry button. */
import { Button, Result } from 'antd';
import { messages } from '../messages';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <Result
      status="error"
      title={messages.common.loadFailed}
      subTitle={detail}
      extra={onRetry ? <Button onClick={onRetry}>{messages.common.retry}</Button> : undefined}
    />
  );
}
