import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { ListNotifications, MarkAllNotificationsRead, MarkNotificationRead } from '@warta/notifications';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ListNotificationsQuery, notificationView, ReadAllNotificationsQuery } from './notifications.dto';
import { NotificationPage, NotificationReadView, ReadThroughView } from './notification-response.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly list: ListNotifications,
    private readonly markRead: MarkNotificationRead,
    private readonly markAllRead: MarkAllNotificationsRead,
  ) {}

  /** Failed / needs-review posts and accounts to reconnect in the caller's subtree(s), newest first, in Accept-Language. */
  @Get()
  @ApiOkResponse({ type: NotificationPage })
  async listRoute(
    @CurrentActor() actor: Actor,
    @Query() q: ListNotificationsQuery,
    @Req() req: WartaRequest,
  ) {
    const page = await this.list.execute(actor, { ...q, limit: q.limit ?? 50 }, req.lang);
    return { items: page.items.map(notificationView), nextCursor: page.nextCursor };
  }

  @Post('read-all')
  @ApiOkResponse({ type: ReadThroughView })
  @HttpCode(200)
  async readAllRoute(@CurrentActor() actor: Actor, @Query() q: ReadAllNotificationsQuery) {
    const result = await this.markAllRead.execute(actor, {
      through: q.through ? new Date(q.through) : undefined,
    });
    return { readThrough: result.readThrough.toISOString() };
  }

  @Post(':id/read')
  @ApiOkResponse({ type: NotificationReadView })
  @HttpCode(200)
  readRoute(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return this.markRead.execute(actor, id);
  }
}
