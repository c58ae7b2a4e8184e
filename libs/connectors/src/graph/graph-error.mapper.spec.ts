import { graphResetAt, mapGraphError } from './graph-error.mapper';

const NOW = new Date('2026-05-02T10:00:00Z');

describe('mapGraphError', () => {
  it.each([
    [400, { code: 190, error_subcode: 463 }, 'read', 'auth_expired'],
    [400, { code: 190, error_subcode: 460 }, 'read', 'auth_revoked'],
    [400, { code: 190, error_subcode: 458 }, 'send', 'auth_revoked'],
    [400, { code: 190 }, 'read', 'auth_revoked'],
    [400, { code: 10 }, 'read', 'permission'],
    [403, { code: 200 }, 'send', 'permission'],
    [400, { code: 4 }, 'send', 'rate_limited'],
    [400, { code: 17 }, 'read', 'rate_limited'],
    [400, { code: 613 }, 'read', 'rate_limited'],
    [400, { code: 80001 }, 'send', 'rate_limited'],
    [400, { code: 80002 }, 'send', 'rate_limited'],
    [400, { code: 4, error_subcode: 2207051 }, 'send', 'permission'],
    [400, { code: 341 }, 'send', 'quota'],
    [400, { code: 9, error_subcode: 2207042 }, 'send', 'quota'],
    [400, { code: 506 }, 'send', 'duplicate'],
    [400, { code: 100 }, 'send', 'validation'],
    [400, { code: 324 }, 'prepare', 'validation'],
    [400, { code: 36000, error_subcode: 2207004 }, 'prepare', 'validation'],
    [400, { code: 100, error_subcode: 33 }, 'read', 'not_found'],
    [400, { code: 9007, error_subcode: 2207027 }, 'send', 'not_ready'],
    [500, { code: 2, is_transient: true }, 'send', 'unknown_outcome'],
    [500, { code: 2, is_transient: true }, 'read', 'transient'],
    [400, { code: 1 }, 'read', 'transient'],
    [400, { code: -2, error_subcode: 2207003 }, 'prepare', 'transient'],
  ] as const)('%i %j during %s -> %s', (status, error, phase, kind) => {
    expect(mapGraphError('facebook', status, { message: 'm', ...error }, null, phase, NOW).kind).toBe(kind);
  });

  it('HTTP failure without an envelope: ambiguous for a send, transient for a read', () => {
    expect(mapGraphError('instagram', 502, null, null, 'send', NOW).kind).toBe('unknown_outcome');
    expect(mapGraphError('instagram', 502, null, null, 'read', NOW).kind).toBe('transient');
  });

  it('an expired IG container asks for a new one', () => {
    const e = mapGraphError('instagram', 400, { code: -2, error_subcode: 2207020 }, null, 'send', NOW);
    expect(e.discardPrepared).toBe(true);
  });

  it('reads the reset from estimated_time_to_regain_access (minutes), else waits an hour', () => {
    const h = new Headers({
      'x-business-use-case-usage': JSON.stringify({
        '1': [{ type: 'pages', estimated_time_to_regain_access: 12 }],
      }),
    });
    expect(graphResetAt(h, NOW)).toEqual(new Date(NOW.getTime() + 12 * 60_000));
    expect(graphResetAt(null, NOW)).toEqual(new Date(NOW.getTime() + 3_600_000));
  });
});
