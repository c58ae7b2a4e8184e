import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@warta/core';
import { Authenticate } from '@warta/identity';
import { QueueBoardAccess } from '@warta/publishing';
import { ALL_QUEUES, JobQueue } from '@warta/queue';
import type { Express, NextFunction, Request, Response } from 'express';
import { errorBody } from '../common/error-body';
import { httpStatusForCode } from '../common/http-status-for-code';
import { WartaRequest } from '../common/request-context';

/** Where the board lives: outside /api/v1, like /health and /metrics. */
export const QUEUE_BOARD_PATH = '/admin/queues';
/** httpOnly cookie a browser carries to the board (set by POST /api/v1/admin/queues/session). */
export const QUEUE_BOARD_COOKIE = 'warta_queue_board';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i;

/**
 * bull-board at /admin/queues, read-only, for admins of a root node only (the queues hold every
 * tenant's jobs). A browser cannot send a bearer header when it opens a page, so a short-lived
 * httpOnly cookie scoped to this path is accepted too. Mounted on the express instance directly:
 * the board is an express app of its own and must not sit under the /api/v1 prefix.
 */
@Injectable()
export class QueueBoardService implements OnModuleInit {
  private readonly logger = new Logger('api');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
    private readonly authenticate: Authenticate,
    private readonly access: QueueBoardAccess,
  ) {}

  onModuleInit(): void {
    // Nest has registered its own routes but not yet its not-found handler: the board goes between.
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!app) return;
    const server = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      // Read-only: retrying or removing a publish job by hand would bypass the post's own state
      // machine (the reconciler re-adds what is missing anyway).
      queues: ALL_QUEUES.map((name) => new BullMQAdapter(this.jobs.queue(name), { readOnlyMode: true })),
      // @bull-board/express carries its own copy of @bull-board/api's types; the shapes are the same.
      serverAdapter: server as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Warta queues' } },
    });
    app.use(
      QUEUE_BOARD_PATH,
      (req: Request, res: Response, next: NextFunction) => void this.guard(req as WartaRequest, res, next),
      server.getRouter() as Express,
    );
  }

  private async guard(req: WartaRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new DomainError('METHOD_NOT_ALLOWED');
      const token =
        BEARER.exec(req.header('authorization') ?? '')?.[1] ??
        (req.cookies as Record<string, string> | undefined)?.[QUEUE_BOARD_COOKIE];
      if (!token) throw new DomainError('UNAUTHENTICATED');
      const user = await this.authenticate.execute(token);
      await this.access.requireRootAdmin(user.id);
      next();
    } catch (e) {
      const error =
        e instanceof DomainError ? e : new DomainError('INTERNAL_ERROR', { requestId: req.id ?? '-' });
      if (!(e instanceof DomainError))
        this.logger.error({ err: e, requestId: req.id, path: req.path }, 'queue board guard failed');
      res.status(httpStatusForCode(error.code)).json(errorBody(error, req.lang ?? 'id', req.id ?? null));
    }
  }
}
