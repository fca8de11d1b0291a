/** Locale, theme, antd's App context (message/modal hooks) and the query cache. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { ApiError } from './api/client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; network blips and 5xx get two more tries.
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

const theme = { token: { colorPrimary: '#1659a8', borderRadius: 4 } };
// antd would render a two-character label such as 登录 as "登 录"; tests and screen readers want the word.
const button = { autoInsertSpace: false };

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const client = queryClient ?? defaultClient;
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={button}>
      <AntApp>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const defaultClient = createQueryClient();
