import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MediaRendition } from './media-asset';

interface RenditionRow {
  id: string;
  organization_id: string;
  asset_id: string | null;
  purpose: MediaRendition['purpose'];
  storage_key: string;
  mime: string;
  bytes: string;
  width: number;
  height: number;
  sha256: string;
  created_at: Date;
}

const COLUMNS = `r.id, r.organization_id, r.asset_id, r.purpose, r.storage_key, r.mime, r.bytes, r.width, r.height,
  r.sha256, r.created_at`;

function toRendition(r: RenditionRow): MediaRendition {
  return {
    id: r.id,
    organizationId: r.organization_id,
    assetId: r.asset_id,
    purpose: r.purpose,
    storageKey: r.storage_key,
    mime: r.mime,
    bytes: Number(r.bytes),
    width: r.width,
    height: r.height,
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

export type NewMediaRendition = Omit<MediaRendition, 'id' | 'createdAt'>;

/** media_renditions: images derived from an asset (or from a release's text, for title cards). */
@Injectable()
export class MediaRenditionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Inserts, or returns the row already holding the same rendered bytes (rendering is deterministic). */
  async upsert(r: NewMediaRendition): Promise<MediaRendition> {
    const rows: RenditionRow[] = await this.dataSource.query(
      `INSERT INTO media_renditions AS r (organization_id, asset_id, purpose, storage_key, mime, bytes, width, height, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (organization_id, purpose, sha256) DO UPDATE SET storage_key = r.storage_key
       RETURNING ${COLUMNS}`,
      [r.organizationId, r.assetId, r.purpose, r.storageKey, r.mime, r.bytes, r.width, r.height, r.sha256],
    );
    return toRendition(rows[0]);
  }

  /** Only for a request that proved its right with a valid signature, or for a row a draft points at. */
  async findById(id: string): Promise<MediaRendition | null> {
    const rows: RenditionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM media_renditions r WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toRendition(rows[0]) : null;
  }
}
