import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCOUNT_STATUS,
  DATE_TIME,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
  pageOf,
  PLATFORM,
} from '../openapi/api-schemas';

/** A connected social account: never a token, not even whether one is present. */
export class AccountView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty() externalId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ ...NULLABLE_STRING, description: "Instagram: its Facebook Page's id." })
  parentExternalId: string | null;
  @ApiProperty({ ...ACCOUNT_STATUS }) status: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Why it needs reconnecting or is limited.' })
  statusReason: string | null;
  @ApiProperty({ type: [String] }) scopes: string[];
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When the token expires; null when it does not.' })
  expiresAt: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) tokenRefreshedAt: string | null;
  @ApiProperty({
    type: [String],
    example: ['08:00', '12:00', '19:00'],
    description: 'Daily posting times (HH:MM in its node\'s zone), sorted, for "next free slot".',
  })
  postingSlots: string[];
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) connectedBy: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export const AccountPage = pageOf(AccountView, 'AccountPage');

export class ConnectStartView {
  @ApiProperty({ description: "The platform's consent page to send the person to." }) authorizeUrl: string;
  @ApiProperty({ ...DATE_TIME }) expiresAt: string;
}

export class InstagramChoiceView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
}

export class PageChoiceView {
  @ApiProperty() pageId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: InstagramChoiceView, nullable: true }) instagram: InstagramChoiceView | null;
}

/** `connected` (X: accounts created) or `choose_pages` (Facebook: pick Pages, then attach). */
export class ConnectCallbackView {
  @ApiProperty({ enum: ['connected', 'choose_pages'], enumName: 'ConnectCallbackStatus' }) status: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiPropertyOptional({ type: [AccountView], description: 'connected only.' }) accounts?: AccountView[];
  @ApiPropertyOptional({ format: 'uuid', description: 'choose_pages only.' }) pendingConnectionId?: string;
  @ApiPropertyOptional({ type: [PageChoiceView], description: 'choose_pages only.' })
  choices?: PageChoiceView[];
  @ApiPropertyOptional({ ...DATE_TIME, description: 'choose_pages only.' }) expiresAt?: string;
}

/** A Facebook connection waiting for its Pages to be chosen (GET connect/facebook/pending/:id). */
export class PendingConnectionView {
  @ApiProperty({ format: 'uuid' }) pendingConnectionId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: [PageChoiceView] }) choices: PageChoiceView[];
  @ApiProperty({ ...DATE_TIME, description: 'Choose before this (30 minutes after the callback).' })
  expiresAt: string;
}

export class AttachedAccountsView {
  @ApiProperty({ type: [AccountView] }) accounts: AccountView[];
}
