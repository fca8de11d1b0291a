/**
 * What a page shows when its data failed to load. A record that is missing or out of the user's
 * scope (404, 403) cannot be retried into existence: it says so and offers the way back. Anything
 * else shows the server's message and a retry button.
 */
import { Button, Result } from 'antd';
import { ApiError } from '../api/client';
import { messages } from '../messages';
import { BackButtons } from './BackButtons';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return (
      <Result
        status={error.status === 404 ? '404' : '403'}
        title={error.status === 404 ? messages.common.recordNotFoundTitle : messages.common.forbiddenTitle}
        subTitle={error.status === 404 ? messages.common.recordNotFound : error.message}
        extra={<BackButtons />}
      />
    );
  }
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
