import type { Readable } from 'node:stream';

/**
 * Where media bytes live, addressed by an opaque key ('assets/<org>/<sha>.jpg'). The local disk is
 * the default; an S3-compatible store implements the same four calls. An abstract class rather than
 * an interface so Nest can inject it by type.
 */
export abstract class MediaStorage {
  /** Writes `data` under `key` atomically: readers see the whole object or nothing. */
  abstract put(key: string, data: Buffer | Readable): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
  abstract stream(key: string): Readable;
  abstract exists(key: string): Promise<boolean>;
  abstract delete(key: string): Promise<void>;
}
