import { Inject, Injectable } from '@nestjs/common';
import type { Platform } from '@warta/composer';
import { DataSource, EntityManager } from 'typeorm';

export interface ConnectedAccount {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string;
}

/**
 * Reads social_accounts (owned by libs/accounts) for what composing needs: which active accounts a
 * node has. Never reads token columns.
 */
@Injectable()
export class ConnectedAccountsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async activeForNode(
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConnectedAccount[]> {
    const rows: { id: string; platform: Platform; handle: string; display_name: string }[] =
      await manager.query(
        `SELECT id, platform, handle, display_name FROM social_accounts
        WHERE organization_id = $1 AND status = 'active'
        ORDER BY array_position(ARRAY['x', 'facebook', 'instagram'], platform), created_at, id`,
        [organizationId],
      );
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform,
      handle: r.handle,
      displayName: r.display_name,
    }));
  }
}
