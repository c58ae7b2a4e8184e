import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, decodeCursor, Page, pageOf } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { MediaAsset, MediaMime } from './media-asset';

interface AssetRow {
  id: string;
  organization_id: string;
  storage_key: string;
  mime: MediaMime;
  bytes: string;
  width: number;
  height: number;
  duration_ms: number | null;
  sha256: string;
  original_filename: string | null;
  created_by: string | null;
  created_at: Date;
}

const COLUMNS = `a.id, a.organization_id, a.storage_key, a.mime, a.bytes, a.width, a.height, a.duration_ms,
  a.sha256, a.original_filename, a.created_by, a.created_at`;

function toAsset(r: AssetRow): MediaAsset {
  return {
    id: r.id,
    organizationId: r.organization_id,
    storageKey: r.storage_key,
    mime: r.mime,
    kind: r.mime.startsWith('video/') ? 'video' : 'image',
    bytes: Number(r.bytes),
    width: r.width,
    height: r.height,
    durationMs: r.duration_ms,
    sha256: r.sha256,
    originalFilename: r.original_filename,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export type NewMediaAsset = Omit<MediaAsset, 'id' | 'createdAt' | 'kind'>;

/** media_assets. Reads for people take their AccessScope; the signed-URL path reads by id alone. */
@Injectable()
export class MediaAssetsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findInScope(scope: AccessScope, id: string): Promise<MediaAsset | null> {
    const s = scope.sql('o.path', 2);
    const rows: AssetRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM media_assets a JOIN organizations o ON o.id = a.organization_id
        WHERE a.id = $1 AND ${s.clause}`,
      [id, ...s.params],
    );
    return rows[0] ? toAsset(rows[0]) : null;
  }

  /** The media library: assets in the scope, newest first, optionally of one node and its descendants. */
  async listInScope(
    scope: AccessScope,
    f: { organizationId?: string; kind?: 'image' | 'video'; limit: number; cursor?: string },
  ): Promise<Page<MediaAsset>> {
    const s = scope.sql('o.path', 1);
    const params: unknown[] = [...s.params];
    const where = [s.clause];
    if (f.organizationId) {
      params.push(f.organizationId);
      where.push(`o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = $${params.length})`);
    }
    if (f.kind) where.push(f.kind === 'video' ? `a.mime LIKE 'video/%'` : `a.mime LIKE 'image/%'`);
    const cursor = decodeCursor(f.cursor);
    if (cursor) {
      params.push(cursor.at, cursor.id);
      where.push(`(a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(f.limit + 1);
    const rows: AssetRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM media_assets a JOIN organizations o ON o.id = a.organization_id
        WHERE ${where.join(' AND ')} ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    return { items: page.items.map(toAsset), nextCursor: page.nextCursor };
  }

  /**
   * By id alone: only for callers that already proved access, i.e. a request with a valid signature
   * (platforms fetching media) or a media plan built from a release read inside the caller's scope.
   */
  async findByIdUnscoped(id: string): Promise<MediaAsset | null> {
    const rows: AssetRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM media_assets a WHERE a.id = $1`,
      [id],
    );
    return rows[0] ? toAsset(rows[0]) : null;
  }

  async findManyInOrganization(
    manager: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<MediaAsset[]> {
    if (!ids.length) return [];
    const rows: AssetRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM media_assets a WHERE a.organization_id = $1 AND a.id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
    return rows.map(toAsset);
  }

  async findBySha256(
    manager: EntityManager,
    organizationId: string,
    sha256: string,
  ): Promise<MediaAsset | null> {
    const rows: AssetRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM media_assets a WHERE a.organization_id = $1 AND a.sha256 = $2`,
      [organizationId, sha256],
    );
    return rows[0] ? toAsset(rows[0]) : null;
  }

  /** Inserts the asset; null when the same bytes were stored by a concurrent upload first. */
  async insert(manager: EntityManager, a: NewMediaAsset): Promise<MediaAsset | null> {
    const rows: AssetRow[] = await manager.query(
      `INSERT INTO media_assets AS a (organization_id, storage_key, mime, bytes, width, height, duration_ms,
         sha256, original_filename, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (organization_id, sha256) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        a.organizationId,
        a.storageKey,
        a.mime,
        a.bytes,
        a.width,
        a.height,
        a.durationMs,
        a.sha256,
        a.originalFilename,
        a.createdBy,
      ],
    );
    return rows[0] ? toAsset(rows[0]) : null;
  }
}
