import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** One refresh token of a session family; only its SHA-256 is stored. */
export interface RefreshToken {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newRefreshTokenValue(): string {
  return randomBytes(32).toString('base64url');
}

/** Refresh tokens by family; only hashes are stored. */
@Injectable()
export class RefreshTokensRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    t: {
      userId: string;
      familyId: string;
      token: string;
      expiresAt: Date;
      userAgent?: string | null;
      ip?: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, user_agent, ip) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        t.userId,
        t.familyId,
        hashRefreshToken(t.token),
        t.expiresAt,
        t.userAgent?.slice(0, 300) ?? null,
        t.ip ?? null,
      ],
    );
  }

  /** Locks the row so two concurrent refreshes with one token cannot both rotate it. */
  async findByTokenForUpdate(manager: EntityManager, token: string): Promise<RefreshToken | null> {
    const rows: {
      id: string;
      user_id: string;
      family_id: string;
      expires_at: Date;
      used_at: Date | null;
      revoked_at: Date | null;
    }[] = await manager.query(
      `SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_tokens
        WHERE token_hash = $1 LIMIT 1 FOR UPDATE`,
      [hashRefreshToken(token)],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      userId: r.user_id,
      familyId: r.family_id,
      expiresAt: r.expires_at,
      usedAt: r.used_at,
      revokedAt: r.revoked_at,
    };
  }

  async markUsed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET used_at = $2 WHERE id = $1`, [id, at]);
  }

  async revokeFamily(manager: EntityManager, familyId: string, at: Date, reason: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = $2, revoked_reason = $3 WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId, at, reason],
    );
  }

  async revokeAllForUser(manager: EntityManager, userId: string, at: Date, reason: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, at, reason],
    );
  }

  /** Whether `userId` ever started or renewed a session from `ip` (rows live until purged after expiry). */
  async hasSessionFrom(userId: string, ip: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM refresh_tokens WHERE user_id = $1 AND ip = $2 LIMIT 1`,
      [userId, ip],
    );
    return rows.length > 0;
  }

  /** Whether `token` is a refresh token of `userId` that could still be used (the device's cookie). */
  async isLiveTokenOf(userId: string, token: string, now: Date): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM refresh_tokens
        WHERE token_hash = $1 AND user_id = $2 AND revoked_at IS NULL AND used_at IS NULL AND expires_at > $3`,
      [hashRefreshToken(token), userId, now],
    );
    return rows.length > 0;
  }

  async isFamilyActive(familyId: string, now: Date): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL AND expires_at > $2 LIMIT 1`,
      [familyId, now],
    );
    return rows.length > 0;
  }

  async purgeExpired(cutoff: Date): Promise<number> {
    const r: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM refresh_tokens WHERE expires_at < $1`,
      [cutoff],
    );
    return r[1];
  }
}
