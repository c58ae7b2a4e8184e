/**
 * One-dimensional PostgreSQL arrays in the binary wire format, as query parameters. node-postgres
 * sends a Buffer parameter as binary, and the server then reads it with the element type's receive
 * function instead of parsing text: a uuid is 16 bytes instead of 36 characters to parse, a
 * timestamp a count of microseconds instead of a date string. The parameter must be cast to the
 * same array type in SQL (`$1::uuid[]`), whose element type the server checks against the OID here.
 */

const OID = { bool: 16, int8: 20, int4: 23, text: 25, timestamptz: 1184, uuid: 2950, jsonb: 3802 } as const;
/** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix milliseconds. */
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;
/** Hex digit value by char code, -1 for anything else. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

function writeInt64(buf: Buffer, at: number, v: number): void {
  if (!Number.isSafeInteger(v)) throw new RangeError(`not a whole number in range: ${v}`);
  const high = Math.floor(v / TWO_32);
  buf.writeInt32BE(high, at);
  buf.writeUInt32BE(v - high * TWO_32, at + 4);
}

/** The canonical 8-4-4-4-12 form (either case), 16 bytes. */
function writeUuid(buf: Buffer, at: number, v: string): void {
  if (v.length !== 36) throw new TypeError(`not a uuid: ${v}`);
  let out = at;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (v.charCodeAt(i) !== 45) throw new TypeError(`not a uuid: ${v}`);
      i--;
      continue;
    }
    const hi = HEX[v.charCodeAt(i)] ?? -1;
    const lo = HEX[v.charCodeAt(i + 1)] ?? -1;
    if (hi < 0 || lo < 0) throw new TypeError(`not a uuid: ${v}`);
    buf[out++] = (hi << 4) | lo;
  }
}

/** Header, then per element its byte length (-1 for NULL) and bytes. */
function encodeArray<T>(
  elementOid: number,
  values: readonly (T | null)[],
  size: (v: T) => number,
  write: (buf: Buffer, at: number, v: T) => void,
): Buffer {
  let bytes = 20;
  let hasNull = 0;
  for (const v of values) {
    bytes += 4;
    if (v === null) hasNull = 1;
    else bytes += size(v);
  }
  const buf = Buffer.allocUnsafe(bytes);
  buf.writeInt32BE(1, 0); // dimensions
  buf.writeInt32BE(hasNull, 4);
  buf.writeUInt32BE(elementOid, 8);
  buf.writeInt32BE(values.length, 12);
  buf.writeInt32BE(1, 16); // lower bound
  let at = 20;
  for (const v of values) {
    if (v === null) {
      buf.writeInt32BE(-1, at);
      at += 4;
      continue;
    }
    const n = size(v);
    buf.writeInt32BE(n, at);
    write(buf, at + 4, v);
    at += 4 + n;
  }
  return buf;
}

export function uuidArray(values: readonly (string | null)[]): Buffer {
  return encodeArray(OID.uuid, values, () => 16, writeUuid);
}

/** 32-bit whole numbers (anything else throws, as the text cast would refuse it). */
export function int4Array(values: readonly (number | null)[]): Buffer {
  return encodeArray(
    OID.int4,
    values,
    () => 4,
    (buf, at, v) => {
      if (!Number.isInteger(v) || v < -2_147_483_648 || v > 2_147_483_647) {
        throw new RangeError(`not a 32-bit whole number: ${v}`);
      }
      buf.writeInt32BE(v, at);
    },
  );
}

export function boolArray(values: readonly (boolean | null)[]): Buffer {
  return encodeArray(
    OID.bool,
    values,
    () => 1,
    (buf, at, v) => void (buf[at] = v ? 1 : 0),
  );
}

/** Whole numbers only (a fraction or a value beyond int8 throws, as the text cast would). */
export function int8Array(values: readonly (number | null)[]): Buffer {
  return encodeArray(OID.int8, values, () => 8, writeInt64);
}

/** Millisecond instants (what a JS Date holds). */
export function timestamptzArray(values: readonly (Date | null)[]): Buffer {
  return encodeArray(
    OID.timestamptz,
    values,
    () => 8,
    (buf, at, v) => {
      const ms = v.getTime();
      if (!Number.isFinite(ms)) throw new TypeError('invalid date');
      writeInt64(buf, at, (ms - PG_EPOCH_MS) * 1000);
    },
  );
}

export function textArray(values: readonly (string | null)[]): Buffer {
  const bytes = values.map((v) => (v === null ? null : Buffer.from(v, 'utf8')));
  return encodeArray(
    OID.text,
    bytes,
    (b) => b.length,
    (buf, at, b) => void b.copy(buf, at),
  );
}

/** jsonb's binary form: a version byte (1), then the JSON text, which the server still parses. */
export function jsonbArray(values: readonly unknown[]): Buffer {
  const bytes = values.map((v) => Buffer.from(JSON.stringify(v), 'utf8'));
  return encodeArray(
    OID.jsonb,
    bytes,
    (b) => b.length + 1,
    (buf, at, b) => {
      buf[at] = 1;
      b.copy(buf, at + 1);
    },
  );
}
