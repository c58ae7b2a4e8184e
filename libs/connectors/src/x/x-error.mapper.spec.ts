import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { mapXError } from './x-error.mapper';

const NOW = new Date('2026-05-02T10:00:00Z');

function response(code: number, data: unknown, headers: Record<string, string> = {}): ApiResponseError {
  return new ApiResponseError(`Request failed with code ${code}`, {
    code,
    data: data as never,
    headers,
    request: {} as never,
    response: { statusCode: code, headers } as never,
  });
}

describe('mapXError', () => {
  it.each([
    [
      401,
      { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
      'read',
      'auth_expired',
    ],
    [
      403,
      { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank' },
      'send',
      'duplicate',
    ],
    [
      403,
      { type: 'https://api.twitter.com/2/problems/client-forbidden', detail: 'scope' },
      'send',
      'permission',
    ],
    [400, { type: 'https://api.twitter.com/2/problems/invalid-request', errors: [] }, 'send', 'validation'],
    [
      400,
      { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' },
      'auth',
      'auth_revoked',
    ],
    [404, { errors: [{ message: 'Sorry, that page does not exist' }] }, 'read', 'not_found'],
    [503, { title: 'Service Unavailable' }, 'send', 'unknown_outcome'],
    [503, { title: 'Service Unavailable' }, 'read', 'transient'],
    [429, { type: 'https://api.twitter.com/2/problems/usage-capped' }, 'send', 'quota'],
  ] as const)('%i %j during %s -> %s', (code, body, phase, kind) => {
    expect(mapXError(response(code, body), phase, NOW).kind).toBe(kind);
  });

  it('429 resets at the latest of the 15-minute and 24-hour windows', () => {
    const e = mapXError(
      response(
        429,
        { title: 'Too Many Requests', type: 'about:blank' },
        {
          'x-rate-limit-limit': '100',
          'x-rate-limit-remaining': '3',
          'x-rate-limit-reset': '1777716000',
          'x-app-limit-24hour-limit': '1667',
          'x-app-limit-24hour-remaining': '0',
          'x-app-limit-24hour-reset': '1777790000',
        },
      ),
      'send',
      NOW,
    );
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt).toEqual(new Date(1777790000 * 1000));
  });

  it('429 without headers waits a full window rather than busy-retrying', () => {
    const e = mapXError(response(429, { title: 'Too Many Requests' }), 'read', NOW);
    expect(e.resetAt!.getTime()).toBe(NOW.getTime() + 15 * 60_000);
  });

  it('no response is unknown_outcome for a send and transient for a read', () => {
    const req = new ApiRequestError('Request timeout.', { request: {} as never, error: new Error('x') });
    expect(mapXError(req, 'send', NOW).kind).toBe('unknown_outcome');
    expect(mapXError(req, 'read', NOW).kind).toBe('transient');
    const partial = new ApiPartialResponseError('cut', {
      request: {} as never,
      response: {} as never,
      responseError: new Error('x'),
      rawContent: '{"da',
    });
    expect(mapXError(partial, 'send', NOW).kind).toBe('unknown_outcome');
  });
});
