import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setNavigator } from './api/client';
import { AppProviders } from './AppProviders';
import { router } from './router';

dayjs.locale('zh-cn');
// 401 / forced password change redirects from the API client stay inside the SPA.
setNavigator((path) => void router.navigate(path, { replace: true }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
