import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SealedTokens } from './token-vault.service';

/** A Page the person may attach, with its linked Instagram account: what the api shows. */
export interface PageChoice {
  pageId: string;
  name: string;
  instagram: { id: string; username: string; name: string } | null;
}

export interface PendingConnection {
  id: string;
  userId: string;
  organizationId: string;
  choices: PageChoice[];
  sealed: SealedTokens;
  expiresAt: Date;
}

interface Row {
  id: string;
  user_id: string;
  organization_id: string;
  choices: PageChoice[];
  token_ciphertext: string;
  token_data_key: string;
  token_key_version: number;
  expires_at: Date;
}

/** Facebook connections between the callback and the person's choice of Pages (tokens sealed). */
@Injectable()
export class PendingConnectionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(p: Omit<PendingConnection, 'id'> & { now: Date }): Promise<string> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO pending_connections (user_id, organization_id, platform, choices, token_ciphertext, token_data_key,
         token_key_version, expires_at, created_at)
       VALUES ($1, $2, 'facebook', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        p.userId,
        p.organizationId,
        JSON.stringify(p.choices),
        p.sealed.ciphertext,
        p.sealed.dataKey,
        p.sealed.keyVersion,
        p.expiresAt,
        p.now,
      ],
    );
    return rows[0].id;
  }

  /**
   * Takes the pending connection once (its tokens are wiped at the same moment); null if gone,
   * expired or someone else's. Runs in the caller's transaction so a refused attach undoes it.
   */
  async consume(
    manager: EntityManager,
    id: string,
    userId: string,
    now: Date,
  ): Promise<PendingConnection | null> {
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE pending_connections p SET consumed_at = $3, token_ciphertext = NULL, token_data_key = NULL, token_key_version = NULL
         FROM (SELECT id, token_ciphertext, token_data_key, token_key_version FROM pending_connections WHERE id = $1 FOR UPDATE) old
        WHERE p.id = old.id AND p.user_id = $2 AND p.consumed_at IS NULL AND p.expires_at > $3
        RETURNING p.id, p.user_id, p.organization_id, p.choices, old.token_ciphertext, old.token_data_key,
          old.token_key_version, p.expires_at`,
      [id, userId, now],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      userId: r.user_id,
      organizationId: r.organization_id,
      choices: r.choices,
      sealed: { ciphertext: r.token_ciphertext, dataKey: r.token_data_key, keyVersion: r.token_key_version },
      expiresAt: r.expires_at,
    };
  }

  /** The choices of a connection still waiting for its Pages (its starter's, unexpired), no tokens. */
  async findOpen(
    id: string,
    userId: string,
    now: Date,
  ): Promise<Pick<PendingConnection, 'id' | 'organizationId' | 'choices' | 'expiresAt'> | null> {
    const rows: Array<Pick<Row, 'id' | 'organization_id' | 'choices' | 'expires_at'>> =
      await this.dataSource.query(
        `SELECT id, organization_id, choices, expires_at FROM pending_connections
        WHERE id = $1 AND user_id = $2 AND consumed_at IS NULL AND expires_at > $3`,
        [id, userId, now],
      );
    const r = rows[0];
    return r
      ? { id: r.id, organizationId: r.organization_id, choices: r.choices, expiresAt: r.expires_at }
      : null;
  }
}
