import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DeliverySummary,
  NOTIFICATION_KINDS,
  NotificationKind,
  OrganizationWebhook,
} from '@warta/notifications';
import { isKnownZone, zonedIso } from '@warta/core';
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

/** The node's zone when it is a real one, else UTC: the api shows times as the node reads them. */
function zoneOf(w: OrganizationWebhook): string {
  return isKnownZone(w.organizationTimezone) ? w.organizationTimezone : 'UTC';
}

function iso(d: Date | null, zone: string): string | null {
  return d ? zonedIso(d, zone, { suppressMilliseconds: true }) : null;
}

export function webhookView(w: OrganizationWebhook) {
  const zone = zoneOf(w);
  return {
    organizationId: w.organizationId,
    url: w.url,
    events: w.events,
    active: w.active,
    version: w.version,
    secretVersion: w.secretVersion,
    createdAt: iso(w.createdAt, zone),
    updatedAt: iso(w.updatedAt, zone),
  };
}

/** A delivery of the node's webhook, its times in the node's zone like the webhook's own. */
export function deliveryView(d: DeliverySummary, w: OrganizationWebhook) {
  const zone = zoneOf(w);
  return {
    id: d.id,
    notificationId: d.notificationId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: iso(d.nextAttemptAt, zone),
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    deliveredAt: iso(d.deliveredAt, zone),
    createdAt: iso(d.createdAt, zone),
  };
}
