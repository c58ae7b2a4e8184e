export type DownloadResult =
  | { ok: true; data: Buffer; contentType: string }
  | {
      ok: false;
      reason: 'timeout' | 'unreachable' | 'http_status' | 'too_large' | 'bad_url';
      status?: number;
    };

/**
 * Downloads media the way Meta's servers do when a connector passes `url`/`image_url`/`video_url`:
 * for real, with a deadline and a size cap, so unreachable, slow and oversized media fail in tests.
 */
export async function downloadMedia(
  url: string,
  opts: { timeoutMs: number; maxBytes: number },
): Promise<DownloadResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'bad_url' };
  } catch {
    return { ok: false, reason: 'bad_url' };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const res = await fetch(parsed, { signal: controller.signal, redirect: 'follow' });
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      return { ok: false, reason: 'http_status', status: res.status };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > opts.maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(Buffer.from(value));
    }
    return { ok: true, data: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? '' };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
