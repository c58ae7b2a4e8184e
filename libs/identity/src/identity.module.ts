import { Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service';
import { Authenticate } from './authenticate.use-case';
import { LoginThrottleRepository } from './login-throttle.repository';
import { Login } from './login.use-case';
import { Logout } from './logout.use-case';
import { PasswordHasher } from './password-hasher.service';
import { PurgeExpiredSessions } from './purge-expired-sessions.use-case';
import { RefreshSession } from './refresh-session.use-case';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { UserAccounts } from './user-accounts.service';
import { UsersRepository } from './users.repository';

/** Users, passwords, sessions. Needs ConfigModule, DatabaseModule and a Clock (AuditModule) in the app. */
@Module({
  providers: [
    AccessTokenService,
    Authenticate,
    Login,
    Logout,
    LoginThrottleRepository,
    PasswordHasher,
    PurgeExpiredSessions,
    RefreshSession,
    RefreshTokensRepository,
    UserAccounts,
    UsersRepository,
  ],
  // Repositories stay inside: other libs reach users and sessions through UserAccounts (DESIGN §3).
  exports: [
    AccessTokenService,
    Authenticate,
    Login,
    Logout,
    PasswordHasher,
    PurgeExpiredSessions,
    RefreshSession,
    UserAccounts,
  ],
})
export class IdentityModule {}
