import { Result } from 'antd';
import { BackButtons } from '../components/BackButtons';
import { messages } from '../messages';

export default function NotFoundPage() {
  return <Result status="404" title={messages.common.notFoundTitle} subTitle={messages.common.notFound} extra={<BackButtons />} />;
}

