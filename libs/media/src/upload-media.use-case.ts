import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import type { MediaAsset } from './media-asset';
import { MediaAssetsRepository } from './media-assets.repository';
import { MediaStorage } from './media-storage';
import type { SniffedType } from './media-type';
import { probeMp4 } from './mp4-probe';
import { UploadSpool } from './upload-spool';

export interface UploadMediaInput {
  organizationId: string;
  /** The raw file bytes (the request body). */
  body: Readable;
  /** Kept for people to recognise the file; never used to decide its type. */
  filename?: string;
}

export interface UploadMediaResult {
  asset: MediaAsset;
  /** False when the organization already had these exact bytes: the existing asset is returned. */
  created: boolean;
}

/**
 * Stores one uploaded file for a node. Type, size, width and height come from the bytes; a file that
 * is empty, too large, not JPEG/PNG/WebP/MP4, or unreadable is refused with nothing stored. The same
 * bytes uploaded twice to one organization are one asset and one file.
 */
@Injectable()
export class UploadMedia {
  private readonly spool: UploadSpool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly assets: MediaAssetsRepository,
    private readonly storage: MediaStorage,
    private readonly audit: AuditTrail,
  ) {
    this.spool = new UploadSpool(config.media.dir);
  }

  async execute(actor: Actor, input: UploadMediaInput): Promise<UploadMediaResult> {
    try {
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.ReleaseWrite);
    } catch (e) {
      input.body.resume();
      throw e;
    }
    const upload = await this.spool.spool(input.body, {
      maxImageBytes: this.config.media.maxImageBytes,
      maxVideoBytes: this.config.media.maxVideoBytes,
    });
    try {
      const existing = await this.assets.findBySha256(
        this.dataSource.manager,
        input.organizationId,
        upload.sha256,
      );
      if (existing) return { asset: existing, created: false };
      const info = await this.inspect(upload.path, upload.type);
      const storageKey = `assets/${input.organizationId}/${upload.sha256.slice(0, 2)}/${upload.sha256}.${upload.type.extension}`;
      // The key is derived from the content, so a concurrent upload of the same bytes writes the same file.
      await this.storage.put(storageKey, createReadStream(upload.path));
      const filename = sanitiseFilename(input.filename);
      const result = await this.dataSource.transaction(async (m) => {
        const asset = await this.assets.insert(m, {
          organizationId: input.organizationId,
          storageKey,
          mime: upload.type.mime,
          bytes: upload.bytes,
          width: info.width,
          height: info.height,
          durationMs: info.durationMs,
          sha256: upload.sha256,
          originalFilename: filename,
          createdBy: actor.userId,
        });
        if (!asset) {
          const winner = await this.assets.findBySha256(m, input.organizationId, upload.sha256);
          return { asset: winner!, created: false };
        }
        await this.audit.append(m, {
          organizationId: input.organizationId,
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'media.uploaded',
          subjectType: 'media_asset',
          subjectId: asset.id,
          data: {
            mime: asset.mime,
            bytes: asset.bytes,
            width: asset.width,
            height: asset.height,
            sha256: asset.sha256,
          },
        });
        return { asset, created: true };
      });
      return result;
    } finally {
      await upload.discard();
    }
  }

  private async inspect(
    path: string,
    type: SniffedType,
  ): Promise<{ width: number; height: number; durationMs: number | null }> {
    if (type.kind === 'video') {
      const info = await probeMp4(path);
      if (!info) throw new DomainError('MEDIA_CORRUPT', { type: 'MP4' });
      return info;
    }
    try {
      const meta = await sharp(path, { failOn: 'error' }).metadata();
      if (meta.format !== type.format || !meta.width || !meta.height) throw new Error('format mismatch');
      // EXIF orientations 5-8 rotate by 90 degrees: what people (and platforms) see is swapped.
      const swap = (meta.orientation ?? 1) >= 5;
      return {
        width: swap ? meta.height : meta.width,
        height: swap ? meta.width : meta.height,
        durationMs: null,
      };
    } catch {
      throw new DomainError('MEDIA_CORRUPT', { type: type.format.toUpperCase() });
    }
  }
}

function sanitiseFilename(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters would corrupt Content-Disposition headers and logs.
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  return clean || null;
}
