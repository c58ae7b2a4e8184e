import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SocialAccountsRepository } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

/**
 * `npm run keys:rotate`: re-wraps every stored data key under the current master key version,
 * leaving the encrypted payloads untouched. Safe to re-run; rows already current are skipped.
 */
@Injectable()
export class RotateTokenKeys {
  constructor(
    private readonly accounts: SocialAccountsRepository,
    private readonly vault: TokenVault,
  ) {}

  /** For `npm run keys:rotate`, which runs without a Nest container. */
  static over(dataSource: DataSource, vault: TokenVault): RotateTokenKeys {
    return new RotateTokenKeys(new SocialAccountsRepository(dataSource), vault);
  }

  async execute(): Promise<{ keyVersion: number; socialAccounts: number; pendingConnections: number }> {
    const rewrap = (s: Parameters<TokenVault['rewrap']>[0]) => this.vault.rewrap(s);
    const v = this.vault.currentKeyVersion;
    return {
      keyVersion: v,
      socialAccounts: await this.accounts.rewrapAll('social_accounts', v, rewrap),
      pendingConnections: await this.accounts.rewrapAll('pending_connections', v, rewrap),
    };
  }
}
