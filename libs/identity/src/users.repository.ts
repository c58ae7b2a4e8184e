import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { User, UserStatus } from './user';

export interface UserWithSecret extends User {
  passwordHash: string;
}

const COLUMNS = `id, email, name, status, locale, last_login_at, version, created_at, updated_at`;

interface UserRow {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  locale: User['locale'];
  last_login_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    status: r.status,
    locale: r.locale,
    lastLoginAt: r.last_login_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Users are global (a person may hold roles in several subtrees); who may see them is decided via memberships. */
@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    const rows: UserRow[] = await manager.query(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findByEmailWithSecret(email: string): Promise<UserWithSecret | null> {
    const rows: (UserRow & { password_hash: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, password_hash FROM users WHERE lower(email) = lower($1) LIMIT 1`,
      [email],
    );
    return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async emailExists(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    user: { email: string; name: string; passwordHash: string; locale: 'id' | 'en' },
  ): Promise<User> {
    const rows: UserRow[] = await manager.query(
      `INSERT INTO users (email, name, password_hash, locale) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [user.email, user.name, user.passwordHash, user.locale],
    );
    return toUser(rows[0]);
  }

  async markLoggedIn(id: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [id, at]);
  }
}
