import { Inject, Injectable } from '@nestjs/common';
import { Platform } from '@warta/core';
import { AccessScope, Page, pageOf, ScopedWhere, uuidArray } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import { SealedTokens } from './token-vault.service';

/** active: usable; needs_reconnect: a person must connect it again; limited: missing a permission. */
export type SocialAccountStatus = 'active' | 'needs_reconnect' | 'limited' | 'disconnected';

/** A connected account as the api and use cases see it: no token material, ever. */
export interface SocialAccountView {
  id: string;
  organizationId: string;
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  parentExternalId: string | null;
  expiresAt: Date | null;
  scopes: string[];
  status: SocialAccountStatus;
  statusReason: string | null;
  connectedBy: string | null;
  tokenRefreshedAt: Date | null;
  /** Local HH:MM in the node's zone for "next free slot" scheduling, sorted. */
  postingSlots: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The row with its sealed tokens: read under a row lock by the token use cases, or as a snapshot
 * by `readSealedMany` for senders (which leave a token near its expiry to the locked refresh). */
export interface LockedSocialAccount extends SocialAccountView {
  sealed: SealedTokens | null;
}

export interface AccountFilter {
  organizationId?: string;
  platform?: Platform;
  status?: SocialAccountStatus;
  limit: number;
  cursor?: string;
}

export interface ConnectedAccountInput {
  organizationId: string;
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  parentExternalId: string | null;
  sealed: SealedTokens;
  expiresAt: Date | null;
  scopes: string[];
  connectedBy: string | null;
  now: Date;
}

const COLUMNS = `a.id, a.organization_id, a.platform, a.external_id, a.handle, a.display_name, a.parent_external_id,
  a.expires_at, a.scopes, a.status, a.status_reason, a.connected_by, a.token_refreshed_at, a.posting_slots, a.version, a.created_at, a.updated_at`;
const RETURNING = COLUMNS.replaceAll('a.', '');

interface Row {
  id: string;
  organization_id: string;
  platform: Platform;
  external_id: string;
  handle: string;
  display_name: string;
  parent_external_id: string | null;
  expires_at: Date | null;
  scopes: string[];
  status: SocialAccountStatus;
  status_reason: string | null;
  connected_by: string | null;
  token_refreshed_at: Date | null;
  posting_slots: string[] | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  token_ciphertext?: string | null;
  token_data_key?: string | null;
  token_key_version?: number | null;
}

function toView(r: Row): SocialAccountView {
  return {
    id: r.id,
    organizationId: r.organization_id,
    platform: r.platform,
    externalId: r.external_id,
    handle: r.handle,
    displayName: r.display_name,
    parentExternalId: r.parent_external_id,
    expiresAt: r.expires_at,
    scopes: r.scopes,
    status: r.status,
    statusReason: r.status_reason,
    connectedBy: r.connected_by,
    tokenRefreshedAt: r.token_refreshed_at,
    postingSlots: r.posting_slots ?? [],
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * social_accounts. Tenant reads take the caller's AccessScope; token columns are read by
 * `lockForUpdate`, inside the transaction that changes them, and by `readSealedMany`, a snapshot for
 * senders (a refresh replaces the token pair in one commit, so a snapshot holds one pair or the other).
 */
@Injectable()
export class SocialAccountsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findInScope(scope: AccessScope, id: string): Promise<SocialAccountView | null> {
    const s = scope.sql('o.path', 2);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM social_accounts a JOIN organizations o ON o.id = a.organization_id
        WHERE a.id = $1 AND ${s.clause}`,
      [id, ...s.params],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async listInScope(scope: AccessScope, f: AccountFilter): Promise<Page<SocialAccountView>> {
    // "Accounts of this node" includes the accounts of every node below it.
    const where = new ScopedWhere(scope, 'o.path')
      .and("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.organizationId)
      .and('a.platform = ?', f.platform)
      .and('a.status = ?', f.status)
      .afterCursor(f.cursor, { at: 'a.created_at', id: 'a.id', idType: 'uuid' });
    const limit = where.param(f.limit + 1);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM social_accounts a JOIN organizations o ON o.id = a.organization_id
        WHERE ${where.sql} ORDER BY a.created_at, a.id LIMIT ${limit}`,
      where.params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  /**
   * The row and its sealed tokens under `SELECT ... FOR UPDATE`: whoever holds it is the only one
   * refreshing or wiping this account's tokens until the transaction ends.
   */
  async lockForUpdate(manager: EntityManager, id: string): Promise<LockedSocialAccount | null> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('lockForUpdate needs a transaction');
    const rows: Row[] = await manager.query(
      `SELECT ${COLUMNS}, a.token_ciphertext, a.token_data_key, a.token_key_version
         FROM social_accounts a WHERE a.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? withSealed(rows[0]) : null;
  }

  /**
   * Several accounts with their sealed tokens in one read, without locks: for the publish path, which
   * only reads tokens (a refresh, which writes them, takes `lockForUpdate`). Absent ids are absent.
   */
  async readSealedMany(ids: readonly string[]): Promise<Map<string, LockedSocialAccount>> {
    if (!ids.length) return new Map();
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, a.token_ciphertext, a.token_data_key, a.token_key_version
         FROM social_accounts a WHERE a.id = ANY($1::uuid[])`,
      [uuidArray(ids)],
    );
    return new Map(rows.map((r) => [r.id, withSealed(r)]));
  }

  /** Connects (or reconnects) an account of a node: one row per (node, platform, external id). */
  async upsertConnected(manager: EntityManager, a: ConnectedAccountInput): Promise<SocialAccountView> {
    const rows: Row[] = await manager.query(
      `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name, parent_external_id,
         token_ciphertext, token_data_key, token_key_version, expires_at, scopes, status, status_reason, connected_by,
         token_refreshed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'active', NULL, $12, $13, $13, $13)
       ON CONFLICT (organization_id, platform, external_id) DO UPDATE SET
         handle = EXCLUDED.handle, display_name = EXCLUDED.display_name,
         parent_external_id = EXCLUDED.parent_external_id,
         token_ciphertext = EXCLUDED.token_ciphertext, token_data_key = EXCLUDED.token_data_key,
         token_key_version = EXCLUDED.token_key_version, expires_at = EXCLUDED.expires_at,
         scopes = EXCLUDED.scopes, status = 'active', status_reason = NULL, connected_by = EXCLUDED.connected_by,
         token_refreshed_at = EXCLUDED.token_refreshed_at,
         version = social_accounts.version + 1, updated_at = EXCLUDED.updated_at
       RETURNING ${RETURNING}`,
      [
        a.organizationId,
        a.platform,
        a.externalId,
        a.handle,
        a.displayName,
        a.parentExternalId,
        a.sealed.ciphertext,
        a.sealed.dataKey,
        a.sealed.keyVersion,
        a.expiresAt,
        a.scopes,
        a.connectedBy,
        a.now,
      ],
    );
    return toView(rows[0]);
  }

  async updateTokens(
    manager: EntityManager,
    id: string,
    sealed: SealedTokens,
    expiresAt: Date | null,
    scopes: string[],
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE social_accounts SET token_ciphertext = $2, token_data_key = $3, token_key_version = $4,
         expires_at = $5, scopes = $6, token_refreshed_at = $7, updated_at = $7, version = version + 1
       WHERE id = $1`,
      [id, sealed.ciphertext, sealed.dataKey, sealed.keyVersion, expiresAt, scopes, now],
    );
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: SocialAccountStatus,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE social_accounts SET status = $2, status_reason = $3, updated_at = $4, version = version + 1 WHERE id = $1`,
      [id, status, reason, now],
    );
  }

  /** Disconnect: the tokens are wiped, not just hidden; the row stays for history and audit. */
  async disconnect(manager: EntityManager, id: string, now: Date): Promise<SocialAccountView> {
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE social_accounts SET status = 'disconnected', status_reason = 'disconnected by a user',
         token_ciphertext = NULL, token_data_key = NULL, token_key_version = NULL, expires_at = NULL,
         updated_at = $2, version = version + 1
       WHERE id = $1 RETURNING ${RETURNING}`,
      [id, now],
    );
    return toView(rows[0]);
  }

  /** Re-wraps data keys not yet under `currentVersion`, in batches (npm run keys:rotate). */
  async rewrapAll(
    table: 'social_accounts' | 'pending_connections',
    currentVersion: number,
    rewrap: (s: SealedTokens) => SealedTokens,
    batchSize = 200,
  ): Promise<number> {
    let done = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: Array<{
          id: string;
          token_ciphertext: string;
          token_data_key: string;
          token_key_version: number;
        }> = await m.query(
          `SELECT id, token_ciphertext, token_data_key, token_key_version FROM ${table}
              WHERE token_key_version IS NOT NULL AND token_key_version <> $1
              ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [currentVersion, batchSize],
        );
        for (const r of rows) {
          const next = rewrap({
            ciphertext: r.token_ciphertext,
            dataKey: r.token_data_key,
            keyVersion: r.token_key_version,
          });
          await m.query(`UPDATE ${table} SET token_data_key = $2, token_key_version = $3 WHERE id = $1`, [
            r.id,
            next.dataKey,
            next.keyVersion,
          ]);
        }
        return rows.length;
      });
      done += n;
      if (n < batchSize) return done;
    }
  }
}

function withSealed(r: Row): LockedSocialAccount {
  const sealed =
    r.token_ciphertext && r.token_data_key && r.token_key_version
      ? { ciphertext: r.token_ciphertext, dataKey: r.token_data_key, keyVersion: r.token_key_version }
      : null;
  return { ...toView(r), sealed };
}
