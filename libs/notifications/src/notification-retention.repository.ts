import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Deletes in slices, so a first run over years of rows never holds long locks or one huge WAL burst. */
const SLICE = 5_000;

/** The deletes of the retention rule (see README). Each returns how many rows it removed. */
@Injectable()
export class NotificationRetentionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Notifications someone opened (a notification_reads row) created before `readCutoff`, and any created before `unreadCutoff`. */
  deleteNotifications(readCutoff: Date, unreadCutoff: Date): Promise<number> {
    return this.sliced(
      `DELETE FROM notifications WHERE id IN (
         SELECT n.id FROM notifications n
          WHERE n.created_at < $2
             OR (n.created_at < $1 AND EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id))
          LIMIT ${SLICE})`,
      [readCutoff, unreadCutoff],
    );
  }

  /** Delivered deliveries created before `deliveredCutoff`, failed ones before `failedCutoff`; pending ones stay. */
  deleteWebhookDeliveries(deliveredCutoff: Date, failedCutoff: Date): Promise<number> {
    return this.sliced(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries
          WHERE (status = 'delivered' AND created_at < $1) OR (status = 'failed' AND created_at < $2)
          LIMIT ${SLICE})`,
      [deliveredCutoff, failedCutoff],
    );
  }

  private async sliced(sql: string, params: unknown[]): Promise<number> {
    let total = 0;
    for (;;) {
      const r: [unknown[], number] = await this.dataSource.query(sql, params);
      total += r[1];
      if (r[1] < SLICE) return total;
    }
  }
}
