import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, decodeCursor, Page, pageOf } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { Release, ReleaseMediaItem, ReleaseStatus } from './release';

interface ReleaseRow {
  id: string;
  organization_id: string;
  path: string;
  author_id: string | null;
  title: string;
  body: string;
  link_url: string | null;
  language: 'id' | 'en';
  tags: string[];
  status: ReleaseStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `r.id, r.organization_id, o.path, r.author_id, r.title, r.body, r.link_url, r.language, r.tags,
  r.status, r.version, r.created_at, r.updated_at`;

function toRelease(r: ReleaseRow): Release {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationPath: r.path,
    authorId: r.author_id,
    title: r.title,
    body: r.body,
    linkUrl: r.link_url,
    language: r.language,
    tags: r.tags,
    status: r.status,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface ReleaseFilter {
  status?: ReleaseStatus;
  /** Releases of this node and everything below it. */
  organizationId?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

export interface NewRelease {
  organizationId: string;
  authorId: string;
  title: string;
  body: string;
  linkUrl: string | null;
  language: 'id' | 'en';
  tags: string[];
}

export type ReleasePatch = Partial<
  Pick<Release, 'title' | 'body' | 'linkUrl' | 'language' | 'tags' | 'status'>
>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** releases and release_media. Every read takes the caller's AccessScope. */
@Injectable()
export class ReleasesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The release if inside the scope; `lock` takes a row lock for a read-modify-write. */
  async findInScope(
    scope: AccessScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Release | null> {
    const s = scope.sql('o.path', 2);
    const rows: ReleaseRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM releases r JOIN organizations o ON o.id = r.organization_id
        WHERE r.id = $1 AND ${s.clause}${lock ? ' FOR UPDATE OF r' : ''}`,
      [id, ...s.params],
    );
    return rows[0] ? toRelease(rows[0]) : null;
  }

  /** The releases among `ids` that are inside the scope, in no particular order. */
  async findManyInScope(
    scope: AccessScope,
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Release[]> {
    if (!ids.length) return [];
    const s = scope.sql('o.path', 2);
    const rows: ReleaseRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM releases r JOIN organizations o ON o.id = r.organization_id
        WHERE r.id = ANY ($1::uuid[]) AND ${s.clause}`,
      [ids, ...s.params],
    );
    return rows.map(toRelease);
  }

  async listInScope(scope: AccessScope, f: ReleaseFilter): Promise<Page<Release>> {
    const s = scope.sql('o.path', 1);
    const params: unknown[] = [...s.params];
    const where = [s.clause];
    const add = (sql: string, ...values: unknown[]) => {
      let out = sql;
      for (const v of values) {
        params.push(v);
        out = out.replace('?', `$${params.length}`);
      }
      where.push(out);
    };
    if (f.status) add('r.status = ?', f.status);
    if (f.organizationId)
      add("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.organizationId);
    if (f.q) add('(r.title ILIKE ? OR r.body ILIKE ?)', `%${escapeLike(f.q)}%`, `%${escapeLike(f.q)}%`);
    const cursor = decodeCursor(f.cursor);
    // Newest first: what an editor wants to see on opening the list.
    if (cursor) add('(r.created_at, r.id) < (?::timestamptz, ?::uuid)', cursor.at, cursor.id);
    params.push(f.limit + 1);
    const rows: ReleaseRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM releases r JOIN organizations o ON o.id = r.organization_id
        WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    return { items: page.items.map(toRelease), nextCursor: page.nextCursor };
  }

  async insert(manager: EntityManager, r: NewRelease): Promise<Release> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO releases (organization_id, author_id, title, body, link_url, language, tags)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [r.organizationId, r.authorId, r.title, r.body, r.linkUrl, r.language, r.tags],
    );
    return (await this.findById(manager, rows[0].id))!;
  }

  /** Applies the patch if the version still matches; null on a stale version. */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    patch: ReleasePatch,
  ): Promise<Release | null> {
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion];
    const columns: Record<keyof ReleasePatch, string> = {
      title: 'title',
      body: 'body',
      linkUrl: 'link_url',
      language: 'language',
      tags: 'tags',
      status: 'status',
    };
    for (const [key, column] of Object.entries(columns) as [keyof ReleasePatch, string][]) {
      if (patch[key] === undefined) continue;
      params.push(patch[key]);
      sets.push(`${column} = $${params.length}`);
    }
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE releases SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    return rows[0] ? this.findById(manager, id) : null;
  }

  async media(manager: EntityManager, releaseId: string): Promise<ReleaseMediaItem[]> {
    const rows: {
      asset_id: string;
      position: number;
      alt_text: string | null;
      mime: string;
      bytes: string;
      width: number;
      height: number;
      duration_ms: number | null;
    }[] = await manager.query(
      `SELECT rm.asset_id, rm.position, rm.alt_text, a.mime, a.bytes, a.width, a.height, a.duration_ms
         FROM release_media rm JOIN media_assets a ON a.id = rm.asset_id
        WHERE rm.release_id = $1 ORDER BY rm.position`,
      [releaseId],
    );
    return rows.map((r) => ({
      assetId: r.asset_id,
      position: r.position,
      altText: r.alt_text,
      mime: r.mime,
      bytes: Number(r.bytes),
      width: r.width,
      height: r.height,
      durationMs: r.duration_ms,
    }));
  }

  async replaceMedia(
    manager: EntityManager,
    releaseId: string,
    items: { assetId: string; altText: string | null }[],
  ): Promise<void> {
    await manager.query(`DELETE FROM release_media WHERE release_id = $1`, [releaseId]);
    for (const [position, item] of items.entries()) {
      await manager.query(
        `INSERT INTO release_media (release_id, asset_id, position, alt_text) VALUES ($1, $2, $3, $4)`,
        [releaseId, item.assetId, position, item.altText],
      );
    }
  }

  private async findById(manager: EntityManager, id: string): Promise<Release | null> {
    const rows: ReleaseRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM releases r JOIN organizations o ON o.id = r.organization_id WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toRelease(rows[0]) : null;
  }
}
