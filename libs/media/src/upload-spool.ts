import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '@warta/core';
import { SNIFF_BYTES, sniffMediaType, SniffedType } from './media-type';

export interface SpoolLimits {
  maxImageBytes: number;
  maxVideoBytes: number;
}

export interface SpooledUpload {
  /** A temporary file holding the whole upload; the caller removes it with `discard()`. */
  path: string;
  bytes: number;
  sha256: string;
  type: SniffedType;
  discard(): Promise<void>;
}

/**
 * Streams an upload to a temporary file while hashing it, deciding its type from the first bytes
 * and enforcing that type's size cap as the bytes arrive: a 2 GB lie is refused at 15 MB (or 512 MB
 * for video), not after it filled the disk. Refused uploads leave no file behind.
 */
export class UploadSpool {
  private readonly dir: string;

  constructor(mediaDir: string) {
    this.dir = resolve(mediaDir, '.incoming');
  }

  async spool(body: Readable, limits: SpoolLimits): Promise<SpooledUpload> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, randomUUID());
    const discard = () => rm(path, { force: true });
    const hash = createHash('sha256');
    let out: WriteStream | undefined;
    let head = Buffer.alloc(0);
    let type: SniffedType | null = null;
    let bytes = 0;
    try {
      // destroyOnReturn: false keeps the request open when we stop early, so the 4xx can still be sent.
      for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (!type) {
          head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
          if (head.length < SNIFF_BYTES && bytes < SNIFF_BYTES) {
            hash.update(chunk);
            await this.write((out ??= createWriteStream(path)), chunk);
            continue;
          }
          type = sniffMediaType(head);
          if (!type) throw new DomainError('MEDIA_TYPE_NOT_ALLOWED');
        }
        const cap = type.kind === 'video' ? limits.maxVideoBytes : limits.maxImageBytes;
        if (bytes > cap) throw tooLarge(type, cap);
        hash.update(chunk);
        await this.write((out ??= createWriteStream(path)), chunk);
      }
      if (bytes === 0) throw new DomainError('MEDIA_EMPTY');
      // Shorter than the sniff window: decide on what there is.
      type ??= sniffMediaType(head);
      if (!type) throw new DomainError('MEDIA_TYPE_NOT_ALLOWED');
      const cap = type.kind === 'video' ? limits.maxVideoBytes : limits.maxImageBytes;
      if (bytes > cap) throw tooLarge(type, cap);
      await this.close(out);
      return { path, bytes, sha256: hash.digest('hex'), type, discard };
    } catch (e) {
      out?.destroy();
      await discard();
      // Let the rest of the request body flow into the void so the client reads our 4xx instead of
      // a reset connection.
      body.resume();
      throw e;
    }
  }

  private write(out: WriteStream, chunk: Buffer): Promise<void> {
    return new Promise((done, fail) => out.write(chunk, (err) => (err ? fail(err) : done())));
  }

  private close(out: WriteStream | undefined): Promise<void> {
    if (!out) return Promise.resolve();
    return new Promise((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
  }
}

function tooLarge(type: SniffedType, cap: number): DomainError {
  return new DomainError('MEDIA_TOO_LARGE', {
    limit: formatBytes(cap),
    kind: type.kind === 'video' ? 'video' : type.format.toUpperCase(),
  });
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
