import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { UploadSpool } from './upload-spool';

/** Touches only a temp dir: the spool's whole job is streaming to disk under a cap. */
describe('UploadSpool', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warta-spool-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
  const chunked = (data: Buffer, size: number) => {
    const parts: Buffer[] = [];
    for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
    return Readable.from(parts);
  };
  const incoming = () => (existsSync(join(dir, '.incoming')) ? readdirSync(join(dir, '.incoming')) : []);

  it('streams to a temp file with hash and size, deciding the type from bytes split across chunks', async () => {
    const data = Buffer.concat([jpegHead, Buffer.alloc(5000, 7)]);
    const spooled = await new UploadSpool(dir).spool(chunked(data, 3), {
      maxImageBytes: 10_000,
      maxVideoBytes: 1,
    });
    expect(spooled).toMatchObject({ bytes: data.length, type: { mime: 'image/jpeg' } });
    expect(readFileSync(spooled.path).equals(data)).toBe(true);
    await spooled.discard();
    expect(incoming()).toEqual([]);
  });

  it('stops at the cap of the detected type and leaves no file', async () => {
    const data = Buffer.concat([jpegHead, Buffer.alloc(50_000, 7)]);
    await expect(
      new UploadSpool(dir).spool(chunked(data, 4096), { maxImageBytes: 10_000, maxVideoBytes: 1e9 }),
    ).rejects.toMatchObject({ code: 'MEDIA_TOO_LARGE', params: { limit: '9.8 KB', kind: 'JPEG' } });
    expect(incoming()).toEqual([]);
  });

  it('refuses unknown types at the first bytes and empty bodies, leaving no file', async () => {
    await expect(
      new UploadSpool(dir).spool(Readable.from([Buffer.from('hello world, not an image')]), {
        maxImageBytes: 1e6,
        maxVideoBytes: 1e6,
      }),
    ).rejects.toMatchObject({ code: 'MEDIA_TYPE_NOT_ALLOWED' });
    await expect(
      new UploadSpool(dir).spool(Readable.from([]), { maxImageBytes: 1e6, maxVideoBytes: 1e6 }),
    ).rejects.toMatchObject({ code: 'MEDIA_EMPTY' });
    expect(incoming()).toEqual([]);
  });
});
