import { Inject, Injectable } from '@nestjs/common';
import { PostState } from '@warta/core';
import type { Platform } from '@warta/composer';
import { AccessScope } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { DraftContent } from './draft-content';

export interface Draft {
  id: string;
  organizationId: string;
  organizationPath: string;
  releaseId: string;
  socialAccountId: string;
  platform: Platform;
  account: { handle: string; displayName: string; status: string };
  content: DraftContent;
  state: PostState;
  version: number;
  publishAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface DraftRow {
  id: string;
  organization_id: string;
  path: string;
  release_id: string;
  social_account_id: string;
  platform: Platform;
  handle: string;
  display_name: string;
  account_status: string;
  content: DraftContent;
  state: PostState;
  version: number;
  publish_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT p.id, p.organization_id, o.path, p.release_id, p.social_account_id, p.platform, s.handle,
    s.display_name, s.status AS account_status, p.content, p.state, p.version, p.publish_at, p.created_at,
    p.updated_at
  FROM posts p JOIN organizations o ON o.id = p.organization_id JOIN social_accounts s ON s.id = p.social_account_id`;

function toDraft(r: DraftRow): Draft {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationPath: r.path,
    releaseId: r.release_id,
    socialAccountId: r.social_account_id,
    platform: r.platform,
    account: { handle: r.handle, displayName: r.display_name, status: r.account_status },
    content: r.content,
    state: r.state,
    version: r.version,
    publishAt: r.publish_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** posts, as drafts. Reads take the caller's AccessScope. */
@Injectable()
export class PostsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async forRelease(releaseId: string, manager: EntityManager = this.dataSource.manager): Promise<Draft[]> {
    const rows: DraftRow[] = await manager.query(
      `${SELECT} WHERE p.release_id = $1
        ORDER BY array_position(ARRAY['x', 'facebook', 'instagram'], p.platform), s.handle, p.id`,
      [releaseId],
    );
    return rows.map(toDraft);
  }

  /** The drafts of several releases (callers checked access to them), per release in draft order. */
  async forReleases(
    releaseIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Draft[]> {
    if (!releaseIds.length) return [];
    const rows: DraftRow[] = await manager.query(
      `${SELECT} WHERE p.release_id = ANY($1::uuid[])
        ORDER BY p.release_id, array_position(ARRAY['x', 'facebook', 'instagram'], p.platform), s.handle, p.id`,
      [releaseIds],
    );
    return rows.map(toDraft);
  }

  async findInScope(
    scope: AccessScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Draft | null> {
    const s = scope.sql('o.path', 2);
    const rows: DraftRow[] = await manager.query(
      `${SELECT} WHERE p.id = $1 AND ${s.clause}${lock ? ' FOR UPDATE OF p' : ''}`,
      [id, ...s.params],
    );
    return rows[0] ? toDraft(rows[0]) : null;
  }

  async insert(
    manager: EntityManager,
    d: {
      organizationId: string;
      releaseId: string;
      socialAccountId: string;
      platform: Platform;
      content: DraftContent;
      createdBy: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [d.organizationId, d.releaseId, d.socialAccountId, d.platform, JSON.stringify(d.content), d.createdBy],
    );
    return rows[0].id;
  }

  /**
   * Replaces the content of a post at the expected version (under the caller's row lock); false when
   * it moved. Its state and version are publishing's to change (`DraftPostStates.edited`).
   */
  async updateContent(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    content: DraftContent,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE posts SET content = $3, updated_at = now() WHERE id = $1 AND version = $2`,
      [id, expectedVersion, JSON.stringify(content)],
    );
    return affected === 1;
  }
}
