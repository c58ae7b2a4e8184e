import { X_PROBLEM_TYPE_BASE } from '@warta/config';
import { HttpResult, HttpResultError } from '../core/http-types';

/*
 * X API v2 error bodies, field for field as in platforms/x.md §2 and §7. Connectors classify on
 * status + `type`, so these shapes are the contract.
 */

const PROBLEMS = X_PROBLEM_TYPE_BASE;

export function unauthorized(): HttpResult {
  return {
    status: 401,
    json: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
  };
}

export function clientForbidden(detail: string): HttpResult {
  return {
    status: 403,
    json: { title: 'Forbidden', type: `${PROBLEMS}/client-forbidden`, detail, status: 403 },
  };
}

export function forbidden(detail: string): HttpResult {
  return { status: 403, json: { detail, type: 'about:blank', title: 'Forbidden', status: 403 } };
}

export function duplicateContent(): HttpResult {
  return forbidden('You are not allowed to create a Tweet with duplicate content.');
}

export interface InvalidParameter {
  message: string;
  parameters: Record<string, string[]>;
}

export function invalidRequest(...errors: InvalidParameter[]): HttpResult {
  return {
    status: 400,
    json: {
      errors,
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: `${PROBLEMS}/invalid-request`,
    },
  };
}

export function invalidParameter(name: string, value: string, message: string): HttpResult {
  return invalidRequest({ message, parameters: { [name]: [value] } });
}

export function tooManyRequests(headers: Record<string, string>): HttpResult {
  return {
    status: 429,
    headers,
    json: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
  };
}

export function usageCapped(): HttpResult {
  return {
    status: 429,
    json: {
      title: 'UsageCapExceeded',
      detail: 'Usage cap exceeded: Monthly product cap',
      type: `${PROBLEMS}/usage-capped`,
      period: 'Monthly',
      scope: 'Product',
      status: 429,
    },
  };
}

export function serviceUnavailable(status: number): HttpResult {
  const title =
    status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : 'Internal Server Error';
  return { status, json: { title, detail: title, type: 'about:blank', status } };
}

export function notFoundPage(): HttpResult {
  return { status: 404, json: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
}

/** The per-item error X puts in a 200 answer when an id is unknown or deleted. */
export function resourceNotFound(id: string, resourceType: 'tweet' | 'user' | 'media', parameter: string) {
  const label = resourceType === 'tweet' ? 'tweet' : resourceType;
  return {
    value: id,
    detail: `Could not find ${label} with ${parameter}: [${id}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: id,
    type: `${PROBLEMS}/resource-not-found`,
  };
}

export function fieldNotAuthorized(id: string, field: string) {
  return {
    value: id,
    detail: `Sorry, you are not authorized to access '${field}' on the Tweet with ids: [${id}].`,
    title: 'Field Authorization Error',
    resource_type: 'tweet',
    parameter: field,
    resource_id: id,
    type: `${PROBLEMS}/not-authorized-for-field`,
  };
}

export function fail(result: HttpResult): never {
  throw new HttpResultError(result);
}
