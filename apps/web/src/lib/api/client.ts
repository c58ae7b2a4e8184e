import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '../i18n';
import { refresh, session } from '../session';
import type { paths } from './schema';

/** The house error envelope (DESIGN §8), carried by every failed call. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details: unknown[] = [],
  ) {
    super(message);
  }
}

const pending = new Map<string, Request>();

const auth: Middleware = {
  onRequest({ request, id }) {
    const token = session.get().accessToken;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', i18n.language === 'en' ? 'en' : 'id');
    pending.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = pending.get(id);
    pending.delete(id);
    // An access token that ran out (a laptop that slept): renew once through the cookie, then retry.
    if (response.status !== 401 || !original) return response;
    if (!(await refresh())) return response;
    original.headers.set('authorization', `Bearer ${session.get().accessToken}`);
    return fetch(original);
  },
  onError({ id }) {
    pending.delete(id);
  },
};

export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  // Looked up at each call, not once at start, so component tests can fake the network at fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a call, or an ApiError with the api's own message (already in the user's language). */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as {
    error?: { code?: string; message?: string; details?: unknown[] };
    requestId?: string;
  };
  throw new ApiError(
    response.status,
    body.error?.code ?? `HTTP_${response.status}`,
    body.error?.message ?? response.statusText,
    body.requestId ?? response.headers.get('x-request-id'),
    body.error?.details ?? [],
  );
}
