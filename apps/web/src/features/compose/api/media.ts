import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@web/lib/api/client';
import { i18n } from '@web/lib/i18n';
import { refresh, session } from '@web/lib/session';
import type { MediaAsset } from './types';

export interface UploadInput {
  organizationId: string;
  file: File;
  /** 0..1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
}

/**
 * POST /api/v1/media takes the file as the raw body, and fetch cannot report upload progress, so this
 * one call uses XMLHttpRequest (with the same bearer token and language as the api client, and the
 * same single renewal on a 401).
 */
function send({ organizationId, file, onProgress }: UploadInput): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const q = new URLSearchParams({ organizationId, filename: file.name.slice(0, 255) });
    xhr.open('POST', `/api/v1/media?${q}`);
    const token = session.get().accessToken;
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept-language', i18n.language === 'en' ? 'en' : 'id');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
    xhr.onerror = () => reject(new TypeError('Failed to fetch'));
    xhr.send(file);
  });
}

export async function uploadMedia(input: UploadInput): Promise<MediaAsset> {
  let res = await send(input);
  if (res.status === 401 && (await refresh())) res = await send(input);
  if (res.status >= 200 && res.status < 300) return res.body as MediaAsset;
  const body = (res.body ?? {}) as { error?: { code?: string; message?: string }; requestId?: string };
  throw new ApiError(
    res.status,
    body.error?.code ?? `HTTP_${res.status}`,
    body.error?.message ?? '',
    body.requestId ?? null,
  );
}

export function useUploadMedia() {
  return useMutation({ mutationFn: uploadMedia });
}
