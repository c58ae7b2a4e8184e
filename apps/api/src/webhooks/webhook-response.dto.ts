import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NOTIFICATION_KIND, NULLABLE_DATE_TIME, NULLABLE_STRING } from '../openapi/api-schemas';

export class WebhookView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() url: string;
  @ApiProperty({ ...NOTIFICATION_KIND, isArray: true }) events: string[];
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
  @ApiProperty() secretVersion: number;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) notificationId: string;
  @ApiProperty({ ...NOTIFICATION_KIND }) event: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], enumName: 'WebhookDeliveryStatus' })
  status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) nextAttemptAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'HTTP status of the last try.' })
  lastStatus: number | null;
  @ApiProperty({ ...NULLABLE_STRING }) lastError: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) deliveredAt: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
}

export class WebhookWithDeliveriesView extends WebhookView {
  @ApiProperty({ type: [WebhookDeliveryView] }) recentDeliveries: WebhookDeliveryView[];
}

export class WebhookWithSecretView extends WebhookView {
  @ApiProperty({ ...NULLABLE_STRING, description: 'The signing secret, only when it is new; shown once.' })
  secret: string | null;
}
