import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { messages } from '../messages';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title={messages.common.notFoundTitle}
      subTitle={messages.common.notFound}
      extra={
        <Link to="/">
          <Button type="primary">{messages.common.backHome}</Button>
        </Link>
      }
    />
  );
}
