import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { User } from './user';
import { UsersRepository } from './users.repository';

/**
 * What user administration (libs/organizations) may do to a person's account: check an email,
 * create the user, end every session. The caller decides access and owns the transaction (`manager`).
 */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  /** Whether a user already has this email (case-insensitive). */
  emailExists(email: string, manager: EntityManager): Promise<boolean> {
    return this.users.emailExists(email, manager);
  }

  /** Inserts the user; `passwordHash` comes from PasswordHasher. */
  create(
    manager: EntityManager,
    user: { email: string; name: string; passwordHash: string; locale: 'id' | 'en' },
  ): Promise<User> {
    return this.users.insert(manager, user);
  }

  /** Revokes every live refresh token of the user, so each session ends at its next renewal. */
  revokeAllSessions(manager: EntityManager, userId: string, at: Date, reason: string): Promise<void> {
    return this.refreshTokens.revokeAllForUser(manager, userId, at, reason);
  }
}
