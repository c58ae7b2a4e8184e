import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskMediaStorage } from './local-disk-media.storage';

describe('LocalDiskMediaStorage', () => {
  let root: string;
  let storage: LocalDiskMediaStorage;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'warta-store-'));
    storage = new LocalDiskMediaStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('puts buffers and streams, reads them back, and deletes them', async () => {
    await storage.put('assets/org/ab/abc.jpg', Buffer.from('gambar'));
    await storage.put(
      'renditions/org/title-card/def.jpg',
      Readable.from([Buffer.from('kar'), Buffer.from('tu')]),
    );
    expect((await storage.get('assets/org/ab/abc.jpg')).toString()).toBe('gambar');
    expect((await storage.get('renditions/org/title-card/def.jpg')).toString()).toBe('kartu');
    expect(await storage.exists('assets/org/ab/abc.jpg')).toBe(true);
    await storage.delete('assets/org/ab/abc.jpg');
    expect(await storage.exists('assets/org/ab/abc.jpg')).toBe(false);
    await expect(storage.delete('assets/org/ab/abc.jpg')).resolves.toBeUndefined();
  });

  it('leaves no partial file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('awal'));
        this.destroy(new Error('koneksi putus'));
      },
    });
    await expect(storage.put('assets/org/x/broken.jpg', failing)).rejects.toThrow('koneksi putus');
    expect(readdirSync(join(root, 'assets/org/x'))).toEqual([]);
  });

  it.each(['../etc/passwd', 'assets/../../x', '/abs/path', 'assets//x', 'Assets/X.jpg', ''])(
    'refuses the key %p',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid media storage key/);
      expect(() => storage.stream(key)).toThrow(/Invalid media storage key/);
    },
  );
});
