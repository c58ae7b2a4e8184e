import { Inject, Injectable } from '@nestjs/common';
import { UserEntity } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';

export interface UserWithSecret extends UserEntity {
  passwordHash: string;
}

/** Users are global (a person may hold roles in several subtrees); who may see them is decided via memberships. */
@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id } });
  }

  async findByEmailWithSecret(email: string): Promise<UserWithSecret | null> {
    return (await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne()) as UserWithSecret | null;
  }

  async emailExists(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    user: { email: string; name: string; passwordHash: string; locale: 'id' | 'en' },
  ): Promise<UserEntity> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO users (email, name, password_hash, locale) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.email, user.name, user.passwordHash, user.locale],
    );
    return (await manager.findOne(UserEntity, { where: { id: rows[0].id } }))!;
  }

  async markLoggedIn(id: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [id, at]);
  }
}
