import { parseMultipart } from './multipart-parser';

describe('parseMultipart', () => {
  it('keeps binary parts without a filename byte for byte (twitter-api-v2 APPEND)', () => {
    const binary = Buffer.from([0xff, 0xd8, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]);
    const b = '--------------------------123456';
    const body = Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n3\r\n`),
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="media"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      binary,
      Buffer.from(`\r\n--${b}--\r\n`),
    ]);
    const parts = parseMultipart(body, `multipart/form-data; boundary=${b}`);
    expect(parts.map((p) => p.name)).toEqual(['segment_index', 'media']);
    expect(parts[0].data.toString()).toBe('3');
    expect(parts[1].filename).toBeNull();
    expect(Buffer.compare(parts[1].data, binary)).toBe(0);
  });

  it('refuses a body without its boundary', () => {
    expect(() => parseMultipart(Buffer.from('x'), 'multipart/form-data; boundary=abc')).toThrow();
  });
});
