import { Injectable } from '@nestjs/common';
import { AccountCredentials, SendingAccount, SendingAccountSnapshot } from '@warta/accounts';
import type { ConnectorCredentials } from '@warta/connectors';
import { MicroBatcher } from '@warta/core';

/** A burst on one account shares one read; a token refreshed or revoked is seen within this long
 * (and at once after an auth error, which forgets the account). */
const KEEP_MS = 15_000;
const MOST_KEPT = 10_000;

/**
 * The accounts publish jobs send with: credentials (decrypted) and handle, kept in memory for a few
 * seconds, and read together for the jobs starting at the same moment: the posts due at one minute
 * are spread over many accounts, and one read of several rows costs little more than of one.
 */
@Injectable()
export class SendingAccounts {
  private readonly kept = new Map<string, { account: Promise<SendingAccount>; until: number }>();
  private readonly reads: MicroBatcher<string, SendingAccountSnapshot>;

  constructor(private readonly credentials: AccountCredentials) {
    this.reads = new MicroBatcher((ids) => this.credentials.sendingAccounts(ids), {
      maxBatch: 200,
      maxInFlight: 2,
    });
  }

  /** The account's credentials and handle, or why it cannot send (not kept). */
  get(accountId: string): Promise<SendingAccount> {
    const kept = this.kept.get(accountId);
    if (kept && kept.until > Date.now()) return kept.account;
    const account = this.reads
      .submit(accountId)
      .then(async ({ credentials, handle }): Promise<SendingAccount> => ({
        // A token near its expiry: refreshed on its own (single-flight, under the row lock).
        credentials: credentials ?? (await this.credentials.credentialsFor(accountId)),
        handle,
      }));
    if (this.kept.size >= MOST_KEPT) this.kept.clear();
    this.kept.set(accountId, { account, until: Date.now() + KEEP_MS });
    account.catch(() => {
      if (this.kept.get(accountId)?.account === account) this.kept.delete(accountId);
    });
    return account;
  }

  /** The account's credentials alone. */
  async credentialsOf(accountId: string): Promise<ConnectorCredentials> {
    return (await this.get(accountId)).credentials;
  }

  /** After an auth error: the next send reads the account afresh. */
  forget(accountId: string): void {
    this.kept.delete(accountId);
  }
}
