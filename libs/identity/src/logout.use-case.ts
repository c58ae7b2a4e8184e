import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';
import { DataSource } from 'typeorm';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** Ends one session family: its refresh tokens stop working and its access tokens are refused. */
@Injectable()
export class Logout {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(input: { familyId: string }): Promise<void> {
    await this.dataSource.transaction((m) =>
      this.refreshTokens.revokeFamily(m, input.familyId, this.clock.now(), 'logout'),
    );
  }
}
