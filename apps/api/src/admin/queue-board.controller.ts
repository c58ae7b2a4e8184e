import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Actor, Clock, DomainError } from '@warta/core';
import { QueueBoardAccess } from '@warta/publishing';
import type { Response } from 'express';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from './queue-board.service';
import { QueueBoardSessionView } from './queue-board-response.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueBoardController {
  constructor(
    private readonly access: QueueBoardAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Lets a browser open the queue board (admins of a root node only): sets an httpOnly cookie,
   * valid only under /admin/queues and no longer than an access token, that carries this request's
   * bearer token. Signing out ends the session behind it, and with it the cookie's use.
   */
  @Post('session')
  @ApiOkResponse({ type: QueueBoardSessionView })
  @HttpCode(200)
  async session(
    @CurrentActor() actor: Actor,
    @Req() req: WartaRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.access.requireRootAdmin(actor.userId);
    const token = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
    if (!token) throw new DomainError('UNAUTHENTICATED');
    const maxAgeMs = this.config.auth.accessTokenTtlSeconds * 1000;
    res.cookie(QUEUE_BOARD_COOKIE, token, {
      httpOnly: true,
      secure: this.config.auth.cookieSecure,
      sameSite: 'strict',
      path: QUEUE_BOARD_PATH,
      maxAge: maxAgeMs,
    });
    return {
      path: QUEUE_BOARD_PATH,
      expiresAt: new Date(this.clock.now().getTime() + maxAgeMs).toISOString(),
    };
  }
}
