/** Rendering helpers for jsdom tests: the real providers, a fresh cache, an in-memory router. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from './AppProviders';

export function renderRoutes(routes: RouteObject[], initialPath = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, queryClient };
}

export function renderPage(element: ReactElement, path = '/') {
  return renderRoutes([{ path, element }], path);
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Replaces global fetch with a handler keyed by "METHOD /path" (query string ignored). */
export function mockFetch(handler: (key: string, init: RequestInit | undefined, url: URL) => Response | Promise<Response>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    return handler(`${init?.method ?? 'GET'} ${url.pathname}`, init, url);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}
