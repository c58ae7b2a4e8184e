import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@warta/core';
import { DataSource } from 'typeorm';

/**
 * Who may open the queue board. Queues carry every tenant's jobs, so no subtree can be enforced
 * inside the board: only an admin of a root node (an organization without a parent), who can see
 * every tenant anyway, may open it.
 */
@Injectable()
export class QueueBoardAccess {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async requireRootAdmin(userId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.role = 'admin' AND o.parent_id IS NULL LIMIT 1`,
      [userId],
    );
    if (!rows.length) throw new DomainError('QUEUE_BOARD_FORBIDDEN');
  }
}
