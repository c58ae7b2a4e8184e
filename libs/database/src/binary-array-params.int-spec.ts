import { createTestDatabase, TestDatabase } from '@warta/testing';
import fc from 'fast-check';
import {
  boolArray,
  int4Array,
  int8Array,
  jsonbArray,
  textArray,
  timestamptzArray,
  uuidArray,
} from './binary-array-params';

const noNul = (s: string) => s.split(String.fromCharCode(0)).join('');

/** Whatever the values, the server reads the binary arrays back as exactly what was encoded. */
describe('binary array parameters (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const roundTrip = async (sql: string, param: Buffer) => (await db.dataSource.query(sql, [param]))[0].v;

  it('uuid, int8, int4, boolean, timestamptz, text and jsonb arrays (with NULLs) read back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uuid(), { maxLength: 20 }),
        fc.array(
          fc.option(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), {
            nil: null,
          }),
          {
            maxLength: 20,
          },
        ),
        fc.array(
          fc.date({
            min: new Date('1970-01-01T00:00:00Z'),
            max: new Date('2200-01-01T00:00:00Z'),
            noInvalidDate: true,
          }),
          {
            maxLength: 20,
          },
        ),
        // Postgres text holds no NUL character.
        fc.array(fc.string({ unit: 'grapheme' }).map(noNul), { maxLength: 20 }),
        fc.array(
          fc
            .jsonValue({ stringUnit: 'grapheme' })
            .filter((v) => !JSON.stringify(v).includes('\\u0000')) // jsonb refuses \u0000
            .map((v) => ({ v })),
          {
            maxLength: 10,
          },
        ),
        fc.array(fc.option(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), { nil: null }), {
          maxLength: 20,
        }),
        fc.array(fc.option(fc.boolean(), { nil: null }), { maxLength: 20 }),
        fc.array(fc.option(fc.string().map(noNul), { nil: null }), { maxLength: 20 }),
        fc.array(fc.option(fc.uuid(), { nil: null }), { maxLength: 20 }),
        async (uuids, ints, dates, texts, docs, int4s, bools, maybeTexts, maybeUuids) => {
          expect(await roundTrip(`SELECT $1::uuid[]::text[] AS v`, uuidArray(uuids))).toEqual(
            uuids.map((u) => u.toLowerCase()),
          );
          expect(await roundTrip(`SELECT $1::bigint[]::text[] AS v`, int8Array(ints))).toEqual(
            ints.map((n) => (n === null ? null : String(n))),
          );
          const back: Date[] = await roundTrip(`SELECT $1::timestamptz[] AS v`, timestamptzArray(dates));
          expect(back.map((d) => d.getTime())).toEqual(dates.map((d) => d.getTime()));
          expect(await roundTrip(`SELECT $1::text[] AS v`, textArray(texts))).toEqual(texts);
          const json: string[] = await roundTrip(`SELECT $1::jsonb[]::text[] AS v`, jsonbArray(docs));
          expect(json.map((j) => JSON.parse(j))).toEqual(docs.map((d) => JSON.parse(JSON.stringify(d))));
          expect(await roundTrip(`SELECT $1::int[] AS v`, int4Array(int4s))).toEqual(int4s);
          expect(await roundTrip(`SELECT $1::boolean[] AS v`, boolArray(bools))).toEqual(bools);
          expect(await roundTrip(`SELECT $1::text[] AS v`, textArray(maybeTexts))).toEqual(maybeTexts);
          expect(await roundTrip(`SELECT $1::uuid[]::text[] AS v`, uuidArray(maybeUuids))).toEqual(
            maybeUuids.map((u) => u?.toLowerCase() ?? null),
          );
        },
      ),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it('refuses what the text cast would refuse, before sending anything', () => {
    expect(() => uuidArray(['not-a-uuid'])).toThrow(TypeError);
    expect(() => uuidArray(['0190d5bc-7f3c-7b9e-8a55-1f2e3d4c5b6'])).toThrow(TypeError);
    expect(() => uuidArray(['0190d5bc-7f3c-7b9e-8a55-1f2e3d4c5b6g'])).toThrow(TypeError);
    expect(() => uuidArray(['0190d5bc+7f3c-7b9e-8a55-1f2e3d4c5b6a'])).toThrow(TypeError);
    expect(() => int8Array([1.5])).toThrow(RangeError);
    expect(() => int8Array([2 ** 60])).toThrow(RangeError);
    expect(() => int4Array([2 ** 31])).toThrow(RangeError);
    expect(() => int4Array([0.5])).toThrow(RangeError);
    expect(() => timestamptzArray([new Date(NaN)])).toThrow(TypeError);
  });
});
