import { ApiPropertyOptional } from '@nestjs/swagger';
import { NotificationItem } from '@warta/notifications';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';

/** "true"/"false" in a query string; anything else stays as given and fails IsBoolean. */
const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListNotificationsQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Only notifications the caller has not read.' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class ReadAllNotificationsQuery {
  @ApiPropertyOptional({
    description:
      'Mark read only what was created up to this instant (default: now), e.g. when the list was loaded.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  through?: string;
}

export function notificationView(n: NotificationItem) {
  return {
    id: n.id,
    kind: n.kind,
    reason: n.reason,
    title: n.title,
    body: n.body,
    organizationId: n.organizationId,
    postId: n.postId,
    socialAccountId: n.socialAccountId,
    params: n.params,
    createdAt: n.createdAt.toISOString(),
    read: n.read,
  };
}
