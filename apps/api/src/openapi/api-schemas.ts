import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ALL_POST_STATES } from '@warta/publishing';
import { ORGANIZATION_KINDS, PLATFORMS, ROLES } from '@warta/core';
import { ALL_PERMISSIONS, APPROVAL_POLICIES } from '@warta/organizations';
import { RELEASE_STATUSES } from '@warta/releases';

/**
 * Named enums: each becomes one schema (`components.schemas.Platform`, ...) so the typed web client
 * gets one union type per vocabulary instead of an anonymous one per field.
 */
export const PLATFORM = { enum: PLATFORMS, enumName: 'Platform' } as const;
export const POST_STATE = { enum: ALL_POST_STATES, enumName: 'PostState' } as const;
export const RELEASE_STATUS = { enum: RELEASE_STATUSES, enumName: 'ReleaseStatus' } as const;
export const ROLE = { enum: ROLES, enumName: 'Role' } as const;
export const PERMISSION = { enum: ALL_PERMISSIONS, enumName: 'Permission' } as const;
export const ORGANIZATION_KIND = { enum: ORGANIZATION_KINDS, enumName: 'OrganizationKind' } as const;
export const APPROVAL_POLICY = { enum: APPROVAL_POLICIES, enumName: 'ApprovalPolicy' } as const;
export const ACCOUNT_STATUS = {
  enum: ['active', 'needs_reconnect', 'limited', 'disconnected'],
  enumName: 'AccountStatus',
} as const;
export const LANGUAGE = { enum: ['id', 'en'], enumName: 'Language' } as const;
export const NOTIFICATION_KIND = {
  enum: ['post_failed', 'post_needs_review', 'account_needs_reconnect'],
  enumName: 'NotificationKind',
} as const;

/** An ISO 8601 instant with offset. */
export const DATE_TIME = { type: String, format: 'date-time' } as const;
export const NULLABLE_DATE_TIME = { type: String, format: 'date-time', nullable: true } as const;
export const NULLABLE_STRING = { type: String, nullable: true } as const;
/** A free-form JSON object (settings, audit data, message parameters). */
export const FREE_OBJECT = { type: 'object', additionalProperties: true } as const;

/** `{items, nextCursor}` (DESIGN §8) over `item`, as a schema named `name`. */
export function pageOf<T>(item: Type<T>, name: string): Type<{ items: T[]; nextCursor: string | null }> {
  class Page {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` for the next page; null on the last page.',
    })
    nextCursor: string | null;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}

/** `{items}` over `item` (short lists that are never paged). */
export function listOf<T>(item: Type<T>, name: string): Type<{ items: T[] }> {
  class List {
    @ApiProperty({ type: [item] }) items: T[];
  }
  Object.defineProperty(List, 'name', { value: name });
  return List;
}
