import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Platform, PLATFORMS } from '@warta/core';
import { SocialAccountStatus, SocialAccountView } from '@warta/accounts';
import { ListQueryDto } from '../common/list-query.dto';

const STATUSES: SocialAccountStatus[] = ['active', 'needs_reconnect', 'limited', 'disconnected'];

export class ListAccountsQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Only accounts of this node and the nodes below it.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @ApiPropertyOptional({ enum: PLATFORMS }) @IsOptional() @IsIn(PLATFORMS) platform?: Platform;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: SocialAccountStatus;
}

export class ConnectQuery {
  @ApiProperty({ description: 'The node the account will belong to (needs account:manage there).' })
  @IsUUID()
  organizationId: string;
  @ApiPropertyOptional({ enum: ['json', 'redirect'], description: 'redirect = answer 302 to the platform.' })
  @IsOptional()
  @IsIn(['json', 'redirect'])
  mode?: 'json' | 'redirect';
  @ApiPropertyOptional({
    enum: ['web'],
    description: "web = the callback answers 302 to the web app's /accounts screen instead of JSON.",
  })
  @IsOptional()
  @IsIn(['web'])
  returnTo?: 'web';
}

/** The platform's redirect back to us; every field is optional because platforms send what they like. */
export class CallbackQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4096) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(512) state?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) error?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) error_reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) error_description?: string;
}

export class AttachPagesDto {
  @ApiProperty() @IsUUID() pendingConnectionId: string;
  @ApiProperty({ type: [String], description: 'Page ids from the callback choices.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  pageIds: string[];
  @ApiPropertyOptional({ default: true, description: 'Also attach each Page’s Instagram account.' })
  @IsOptional()
  @IsBoolean()
  includeInstagram?: boolean;
}

export class DisconnectQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

/** What the api shows of an account: never a token, not even whether one is present. */
export function accountView(a: SocialAccountView) {
  return {
    id: a.id,
    organizationId: a.organizationId,
    platform: a.platform,
    externalId: a.externalId,
    handle: a.handle,
    displayName: a.displayName,
    parentExternalId: a.parentExternalId,
    status: a.status,
    statusReason: a.statusReason,
    scopes: a.scopes,
    expiresAt: a.expiresAt?.toISOString() ?? null,
    tokenRefreshedAt: a.tokenRefreshedAt?.toISOString() ?? null,
    postingSlots: a.postingSlots,
    connectedBy: a.connectedBy,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
