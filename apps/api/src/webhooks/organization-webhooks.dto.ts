import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DeliverySummary,
  NOTIFICATION_KINDS,
  NotificationKind,
  OrganizationWebhook,
} from '@warta/notifications';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { INT4_MAX } from '../common/validators';

export class PutWebhookDto {
  @ApiProperty({ example: 'https://humas.example.go.id/warta-webhook' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, isArray: true, description: 'Default: every event.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @IsIn(NOTIFICATION_KINDS, { each: true })
  events?: NotificationKind[];

  @ApiPropertyOptional({ description: 'The version you read; 409 if it moved. Leave out to create.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
}

export class RemoveWebhookQuery {
  @ApiProperty({ description: 'The version you read; 409 if it moved (as for every removal).' })
  @IsDefined({ message: 'rule.versionRequired' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class RotateWebhookSecretQuery {
  @ApiPropertyOptional({ description: 'The version you read; 409 if it moved.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
}

export function webhookView(w: OrganizationWebhook) {
  return {
    organizationId: w.organizationId,
    url: w.url,
    events: w.events,
    active: w.active,
    version: w.version,
    secretVersion: w.secretVersion,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

export function deliveryView(d: DeliverySummary) {
  return {
    id: d.id,
    notificationId: d.notificationId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}
