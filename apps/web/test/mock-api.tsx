import type { ReactElement, ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { CurrentNodeProvider, useCurrentNode, type Me } from '@web/lib/current-node';
import { renderWithApp } from './render';

/** One answer of the fake api: a status and a JSON body. */
export type Reply = [status: number, body: unknown];
/** "GET /api/v1/releases/:id" -> a reply, or a function of the request (its URL and JSON body). */
export type Routes_ = Record<string, Reply | ((req: { url: URL; body: unknown }) => Reply)>;

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  /** The query string (not enumerable, so toEqual on a call compares method, path and body). */
  readonly query: URLSearchParams;
}

/**
 * Fakes the api at the `fetch` level (the app's own hooks and client run for real): each route is
 * "METHOD /path/with/:params"; anything unrouted answers 404 in the api's error envelope. Returns the
 * calls made, for asserting what was sent.
 */
export function mockApi(routes: Routes_): ApiCall[] {
  const calls: ApiCall[] = [];
  const table = Object.entries(routes).map(([key, reply]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const re = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    return { method, re, reply };
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(req.url);
    const text = req.method === 'GET' ? '' : await req.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    // `query` is not enumerable: tests compare calls with toEqual({ method, path, body }).
    const call = { method: req.method, path: url.pathname, body } as ApiCall;
    Object.defineProperty(call, 'query', { value: url.searchParams, enumerable: false });
    calls.push(call);
    const hit = table.find((r) => r.method === req.method && r.re.test(url.pathname));
    const [status, json] = hit
      ? typeof hit.reply === 'function'
        ? hit.reply({ url, body })
        : hit.reply
      : [404, { error: { code: 'NOT_FOUND', message: 'Tidak ditemukan.' }, requestId: 'req-test' }];
    return new Response(JSON.stringify(json), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

export const NODE = {
  id: '00000000-0000-4000-8000-000000000001',
  parentId: null,
  name: 'Rutan Kelas IIB Bengkulu',
  kind: 'unit' as const,
  timezone: 'Asia/Jakarta',
  defaultHashtags: [],
  settings: {},
  approvalPolicy: 'single_step',
};

export function meAs(userId: string, name: string, permissions: string[]): Me {
  type Permission = Me['permissions'][number]['permissions'][number];
  return {
    user: { id: userId, email: `${userId}@warta.local`, name, locale: 'id' },
    memberships: [
      {
        id: `${userId}-membership`,
        userId,
        createdAt: '2026-01-01T00:00:00.000Z',
        organizationId: NODE.id,
        organizationName: NODE.name,
        organizationKind: NODE.kind,
        organizationTimezone: NODE.timezone,
        role: 'approver',
      },
    ],
    permissions: [{ organizationId: NODE.id, permissions: permissions as Permission[] }],
  };
}

function NodeReady({ children }: { children: ReactNode }) {
  return useCurrentNode().node ? <>{children}</> : null;
}

/**
 * Renders a screen as the signed-in `me` working on NODE, at `route` matched by `path` (so the
 * screen's useParams works). Route GET /api/v1/organizations/:id to NODE in `mockApi`.
 */
export function renderScreen(ui: ReactElement, { me, route, path }: { me: Me; route: string; path: string }) {
  return renderWithApp(
    <CurrentNodeProvider me={me}>
      <NodeReady>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
      </NodeReady>
    </CurrentNodeProvider>,
    { route },
  );
}
