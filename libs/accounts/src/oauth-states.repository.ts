import { Platform } from '@warta/core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OAuthStateRecord {
  id: string;
  userId: string;
  organizationId: string;
  platform: Platform;
  codeVerifier: string | null;
  redirectUri: string;
  expiresAt: Date;
}

export type ConsumeResult =
  | { ok: true; state: OAuthStateRecord }
  | { ok: false; reason: 'invalid' | 'used' | 'expired'; state?: OAuthStateRecord };

interface Row {
  id: string;
  user_id: string;
  organization_id: string;
  platform: Platform;
  code_verifier: string | null;
  redirect_uri: string;
  expires_at: Date;
}

const toRecord = (r: Row): OAuthStateRecord => ({
  id: r.id,
  userId: r.user_id,
  organizationId: r.organization_id,
  platform: r.platform,
  codeVerifier: r.code_verifier,
  redirectUri: r.redirect_uri,
  expiresAt: r.expires_at,
});

/** One-time OAuth `state` values, stored by hash and consumed atomically (a second use finds nothing). */
@Injectable()
export class OAuthStatesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(s: Omit<OAuthStateRecord, 'id'> & { stateHash: string; now: Date }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO oauth_states (state_hash, user_id, organization_id, platform, code_verifier, redirect_uri, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        s.stateHash,
        s.userId,
        s.organizationId,
        s.platform,
        s.codeVerifier,
        s.redirectUri,
        s.expiresAt,
        s.now,
      ],
    );
  }

  /**
   * Marks the state used in one statement, so two callbacks racing with the same state cannot both
   * win; the PKCE verifier is handed out once and erased.
   */
  async consume(stateHash: string, platform: Platform, now: Date): Promise<ConsumeResult> {
    const [rows]: [Row[], number] = await this.dataSource.query(
      `UPDATE oauth_states s SET consumed_at = $3, code_verifier = NULL
         FROM (SELECT id, code_verifier FROM oauth_states WHERE state_hash = $1 FOR UPDATE) old
        WHERE s.id = old.id AND s.platform = $2 AND s.consumed_at IS NULL
        RETURNING s.id, s.user_id, s.organization_id, s.platform, old.code_verifier, s.redirect_uri, s.expires_at`,
      [stateHash, platform, now],
    );
    if (rows[0]) {
      const state = toRecord(rows[0]);
      if (state.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', state };
      return { ok: true, state };
    }
    const existing: Array<{ platform: string; consumed_at: Date | null }> = await this.dataSource.query(
      `SELECT platform, consumed_at FROM oauth_states WHERE state_hash = $1`,
      [stateHash],
    );
    if (existing[0] && existing[0].platform === platform && existing[0].consumed_at) {
      return { ok: false, reason: 'used' };
    }
    return { ok: false, reason: 'invalid' };
  }

  /**
   * Housekeeping: states are useless after their 10 minutes. The cast matters: an untyped `$1`
   * minus an interval is read as `interval - interval`, and Postgres refused the comparison on
   * every run.
   */
  async purgeExpired(now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM oauth_states WHERE expires_at < $1::timestamptz - interval '1 day'`,
      [now],
    );
    return count;
  }
}
