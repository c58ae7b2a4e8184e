import type { Platform } from '@warta/core';
import { ConnectorError } from './connector-error';
import { BodyTooLargeError, readCappedBody } from './read-capped-body';

export interface FetchedMedia {
  data: Buffer;
  mime: string;
}

/**
 * Downloads a media file we are about to upload (X takes bytes, not URLs), with a timeout and a
 * size cap. An unreachable URL is transient; one that is too large is a validation problem.
 */
export async function fetchMediaBytes(
  platform: Platform,
  url: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<FetchedMedia> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new ConnectorError('transient', platform, 'The media file could not be downloaded.');
  }
  if (!res.ok || !res.body) {
    throw new ConnectorError(
      res.status >= 500 ? 'transient' : 'validation',
      platform,
      `The media URL answered ${res.status}.`,
    );
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    throw new ConnectorError('validation', platform, `The media file is larger than ${maxBytes} bytes.`);
  }
  let data: Buffer;
  try {
    data = await readCappedBody(res, maxBytes);
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      throw new ConnectorError('validation', platform, `The media file is larger than ${maxBytes} bytes.`);
    }
    throw new ConnectorError('transient', platform, 'The media file could not be downloaded.');
  }
  const mime = (res.headers.get('content-type') ?? 'application/octet-stream').split(';')[0].trim();
  return { data, mime };
}
