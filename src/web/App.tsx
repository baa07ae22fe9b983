import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from './api/query-client';
import { RequireSession } from './auth/RequireSession';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { GlobalStyle } from './global-style';
import { routes, type AppRoute } from './routes';

export function App({ i18n }: { i18n: i18n }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <GlobalStyle />
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              {routes.map((route) => (
                <Route key={route.path} path={route.path} element={guarded(route)} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function guarded({ page, access }: AppRoute) {
  if (access === 'public') return page;
  return <RequireSession roles={access === 'signed-in' ? undefined : access}>{page}</RequireSession>;
}
