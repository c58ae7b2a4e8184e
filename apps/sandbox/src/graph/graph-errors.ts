import { HttpResult, HttpResultError } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';

export interface GraphErrorInput {
  code: number;
  message: string;
  subcode?: number;
  type?: string;
  status?: number;
  transient?: boolean;
  userTitle?: string;
  userMsg?: string;
}

/**
 * Meta's error envelope. The HTTP status is 400 for almost everything (rate limits and expired
 * tokens included), so connectors must branch on `code`/`error_subcode`, as the real API forces.
 */
export function graphError(
  store: SandboxStore,
  e: GraphErrorInput,
  headers?: Record<string, string>,
): HttpResult {
  const error: Record<string, unknown> = {
    message: e.message,
    type: e.type ?? 'OAuthException',
    code: e.code,
  };
  if (e.subcode !== undefined) error.error_subcode = e.subcode;
  if (e.transient !== undefined) error.is_transient = e.transient;
  if (e.userTitle) error.error_user_title = e.userTitle;
  if (e.userMsg) error.error_user_msg = e.userMsg;
  error.fbtrace_id = `A${store.ids.short('fbtrace', 22)}`;
  return { status: e.status ?? 400, json: { error }, headers };
}

export function graphFail(store: SandboxStore, e: GraphErrorInput, headers?: Record<string, string>): never {
  throw new HttpResultError(graphError(store, e, headers));
}

export function notFoundObject(store: SandboxStore, id: string, method: string): never {
  graphFail(store, {
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    message:
      `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing ` +
      'permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api',
  });
}

export function invalidParam(store: SandboxStore, message: string, subcode?: number): never {
  graphFail(store, { code: 100, message: `(#100) ${message}`, subcode });
}

/** `(#200)`/`(#10)` permission errors name the permission the token lacks. */
export function missingPermission(store: SandboxStore, code: 10 | 200, permissions: string[]): never {
  graphFail(store, {
    code,
    type: 'OAuthException',
    message:
      code === 10
        ? `(#10) Application does not have permission for this action. Requires the ${permissions.join(', ')} permission.`
        : `(#200) Requires ${permissions.join(' and ')} permission to manage the object`,
  });
}
