import { randomUUID } from 'node:crypto';
import { DomainError } from '@warta/core';
import { decodeCursor, encodeCursor } from './pagination';

const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const code = (f: () => unknown) => {
  try {
    f();
    return 'accepted';
  } catch (e) {
    return e instanceof DomainError ? e.code : `threw ${(e as Error).name}`;
  }
};

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, for uuid and bigint keys', () => {
    const pos = { at: '2026-11-28T01:02:03.456Z', id: randomUUID() };
    expect(decodeCursor(encodeCursor(pos))).toEqual(pos);
    expect(decodeCursor(encodeCursor({ at: pos.at, id: '42' }), 'bigint')).toEqual({ at: pos.at, id: '42' });
    // Microseconds, as the posts list writes them (a cursor rounded to ms would skip or repeat rows).
    const micro = { at: '2026-01-01T00:00:00.123456Z', id: pos.id };
    expect(decodeCursor(forge([micro.at, micro.id]))).toEqual(micro);
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it('refuses every forged cursor with INVALID_CURSOR (a 400), never a value that reaches SQL', () => {
    const uuid = randomUUID();
    const forged: Record<string, [string, 'uuid' | 'bigint']> = {
      'an id that is not a uuid': [forge(['2026-01-01T00:00:00.000Z', 'abc']), 'uuid'],
      'a date that is a bare number': [forge(['1', uuid]), 'uuid'],
      'year 0000': [forge(['0000-01-01T00:00:00.000Z', uuid]), 'uuid'],
      'February 30': [forge(['2026-02-30T00:00:00.000Z', uuid]), 'uuid'],
      'February 30 with microseconds': [forge(['2026-02-30T00:00:00.000001Z', uuid]), 'uuid'],
      'an offset instead of Z': [forge(['2026-01-01T00:00:00.000+07:00', uuid]), 'uuid'],
      'numbers instead of strings': [forge([1, 2]), 'uuid'],
      'three elements': [forge(['2026-01-01T00:00:00.000Z', uuid, 'x']), 'uuid'],
      'an object': [forge({ at: '2026-01-01T00:00:00.000Z', id: uuid }), 'uuid'],
      'not JSON': [Buffer.from('not json').toString('base64url'), 'uuid'],
      'not base64': ['!!!', 'uuid'],
      'a huge cursor': ['A'.repeat(10_000), 'uuid'],
      'a uuid where the key is a bigint': [forge(['2026-01-01T00:00:00.000Z', uuid]), 'bigint'],
      'a bigint beyond int8': [forge(['2026-01-01T00:00:00.000Z', '9223372036854775808']), 'bigint'],
    };
    const outcomes = Object.fromEntries(
      Object.entries(forged).map(([name, [cursor, idType]]) => [
        name,
        code(() => decodeCursor(cursor, idType)),
      ]),
    );
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(forged).map((k) => [k, 'INVALID_CURSOR'])));
  });
});
