/**
 * The signed-in session: the access token lives in memory only; the refresh token is an httpOnly
 * cookie the api sets on sign-in, so a reload (or an expiring token) renews silently through
 * `POST /auth/refresh`. One refresh at a time, shared by every caller.
 */
type Listener = () => void;

export interface SessionState {
  status: 'unknown' | 'signed-in' | 'signed-out';
  accessToken: string | null;
}

const AUTH = '/api/v1/auth';
let state: SessionState = { status: 'unknown', accessToken: null };
let refreshing: Promise<boolean> | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

function accept(body: { accessToken: string; expiresIn: number }): void {
  clearTimeout(renewTimer);
  // Renew a minute before the token runs out, so no request meets an expired token.
  const inMs = Math.max(10_000, (body.expiresIn - 60) * 1000);
  renewTimer = setTimeout(() => void refresh(), inMs);
  set({ status: 'signed-in', accessToken: body.accessToken });
}

export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function signIn(email: string, password: string, lang: string): Promise<void> {
  const res = await fetch(`${AUTH}/login`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify({ email, password, cookie: true }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new SignInError(body?.error?.code ?? `HTTP_${res.status}`, body?.error?.message ?? res.statusText);
  }
  accept(body);
}

/** Renews the access token from the refresh cookie; false when there is no valid session. */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch(`${AUTH}/refresh`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (!res.ok) {
        set({ status: 'signed-out', accessToken: null });
        return false;
      }
      accept(await res.json());
      return true;
    } catch {
      set({ status: 'signed-out', accessToken: null });
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut(): Promise<void> {
  const token = state.accessToken;
  clearTimeout(renewTimer);
  set({ status: 'signed-out', accessToken: null });
  if (token) {
    await fetch(`${AUTH}/logout`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => undefined);
  }
}

export const session = {
  get: (): SessionState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
