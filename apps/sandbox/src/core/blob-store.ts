import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Blob {
  mime: string;
  data: Buffer;
}

/**
 * Bytes the sandbox received or downloaded (X uploads, Facebook photos, IG images), kept so the
 * feed viewer can show them even when the original URL was signed and has expired. Written
 * through to disk when persistence is on; the JSON state only holds blob ids.
 */
export class BlobStore {
  private readonly blobs = new Map<string, Blob>();

  constructor(private readonly dir: string | null) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  put(id: string, blob: Blob): void {
    this.blobs.set(id, blob);
    if (this.dir) {
      // Synchronous on purpose: blobs are written at most once per upload, and a crash right after
      // the API answered must not leave the state pointing at a missing file.
      writeFileSync(join(this.dir, `${id}.bin`), blob.data);
      writeFileSync(join(this.dir, `${id}.mime`), blob.mime);
    }
  }

  get(id: string): Blob | null {
    const hit = this.blobs.get(id);
    if (hit) return hit;
    if (!this.dir || !/^[\w-]+$/.test(id)) return null;
    const file = join(this.dir, `${id}.bin`);
    if (!existsSync(file)) return null;
    const blob = { data: readFileSync(file), mime: readFileSync(join(this.dir, `${id}.mime`), 'utf8') };
    this.blobs.set(id, blob);
    return blob;
  }

  clear(): void {
    this.blobs.clear();
  }
}
