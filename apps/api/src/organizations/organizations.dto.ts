import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ORGANIZATION_KINDS, OrganizationKind } from '@warta/core';
import { APPROVAL_POLICIES, ApprovalPolicy, Organization } from '@warta/organizations';
import { IsHashtag, IsSlug, IsTimezone } from '../common/validators';
import { ListQueryDto } from '../common/list-query.dto';
import { INT4_MAX } from '../common/validators';

export class ListOrganizationsQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional({ description: 'Only nodes in the subtree of this node.' })
  @IsOptional()
  @IsUUID()
  under?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class CreateOrganizationDto {
  @ApiProperty() @IsUUID() parentId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: 'rutan-bengkulu' }) @IsSlug() slug: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) @IsIn(ORGANIZATION_KINDS) kind: OrganizationKind;
  @ApiPropertyOptional({ example: 'Asia/Jakarta' }) @IsOptional() @IsTimezone() timezone?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsHashtag({ each: true })
  defaultHashtags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsObject() settings?: Record<string, unknown>;
  @ApiPropertyOptional({ enum: APPROVAL_POLICIES })
  @IsOptional()
  @IsIn(APPROVAL_POLICIES)
  approvalPolicy?: ApprovalPolicy;
}

export class UpdateOrganizationDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimezone() timezone?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsHashtag({ each: true })
  defaultHashtags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsObject() settings?: Record<string, unknown>;
  @ApiPropertyOptional({ enum: APPROVAL_POLICIES })
  @IsOptional()
  @IsIn(APPROVAL_POLICIES)
  approvalPolicy?: ApprovalPolicy;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export function organizationView(o: Organization) {
  return {
    id: o.id,
    parentId: o.parentId,
    name: o.name,
    slug: o.slug,
    kind: o.kind,
    depth: o.depth,
    timezone: o.timezone,
    defaultHashtags: o.defaultHashtags,
    settings: o.settings,
    approvalPolicy: o.approvalPolicy,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
