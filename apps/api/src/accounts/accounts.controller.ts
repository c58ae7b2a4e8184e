import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AttachFacebookPages,
  CompleteAccountConnection,
  DisconnectAccount,
  GetAccount,
  GetPendingConnection,
  ListAccounts,
  returnsToWeb,
  StartAccountConnection,
  webAccountsUrl,
} from '@warta/accounts';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Actor, DomainError } from '@warta/core';
import type { Response } from 'express';
import { Public } from '../common/auth.guard';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  AttachPagesDto,
  accountView,
  CallbackQuery,
  ConnectQuery,
  DisconnectQuery,
  ListAccountsQuery,
} from './accounts.dto';
import {
  AccountPage,
  AccountView,
  AttachedAccountsView,
  ConnectCallbackView,
  ConnectStartView,
  PendingConnectionView,
} from './account-response.dto';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly listAccounts: ListAccounts,
    private readonly getAccount: GetAccount,
    private readonly start: StartAccountConnection,
    private readonly complete: CompleteAccountConnection,
    private readonly attach: AttachFacebookPages,
    private readonly disconnect: DisconnectAccount,
    private readonly pendingConnection: GetPendingConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Connected accounts in the caller's subtree(s), oldest first. */
  @Get()
  @ApiOkResponse({ type: AccountPage })
  async list(@CurrentActor() actor: Actor, @Query() q: ListAccountsQuery) {
    const page = await this.listAccounts.execute(actor, { ...q, limit: q.limit ?? 50 });
    return { items: page.items.map(accountView), nextCursor: page.nextCursor };
  }

  /** Starts connecting an X or Facebook account to a node: the platform's consent URL (or a 302 to it). */
  @Get('connect/:platform')
  @ApiOkResponse({ type: ConnectStartView })
  @ApiFoundResponse({ description: 'mode=redirect: to the consent page.' })
  async connect(
    @CurrentActor() actor: Actor,
    @Param('platform') platform: string,
    @Query() q: ConnectQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.start.execute(actor, {
      organizationId: q.organizationId,
      platform,
      returnTo: q.returnTo,
    });
    if (q.mode === 'redirect') {
      res.redirect(302, out.authorizeUrl);
      return;
    }
    return { authorizeUrl: out.authorizeUrl, expiresAt: out.expiresAt.toISOString() };
  }

  /**
   * The platform sends the person back here; the one-time state is the only credential. A connect
   * started from the web app (returnTo=web) ends with a 302 to its accounts screen: `?connected=x`,
   * `?pending=<id>` (Facebook: choose the Pages there) or `?error=<CODE>`.
   */
  @Public()
  @Get('callback/:platform')
  @ApiOkResponse({ type: ConnectCallbackView })
  @ApiFoundResponse({ description: "returnTo=web: to the web app's /accounts with the outcome." })
  async callback(
    @Param('platform') platform: string,
    @Query() q: CallbackQuery,
    @Req() req: WartaRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const input = { platform, code: q.code, state: q.state, error: q.error, requestId: req.id };
    if (returnsToWeb(q.state)) {
      try {
        const r = await this.complete.execute(input);
        res.redirect(
          302,
          webAccountsUrl(
            this.config,
            r.status === 'connected'
              ? { connected: platform === 'x' ? 'x' : 'facebook' }
              : { pending: r.pendingConnectionId },
          ),
        );
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        res.redirect(302, webAccountsUrl(this.config, { error: e.code }));
      }
      return;
    }
    const r = await this.complete.execute(input);
    if (r.status === 'connected') {
      return { status: r.status, organizationId: r.organizationId, accounts: r.accounts.map(accountView) };
    }
    return {
      status: r.status,
      organizationId: r.organizationId,
      pendingConnectionId: r.pendingConnectionId,
      choices: r.choices,
      expiresAt: r.expiresAt.toISOString(),
    };
  }

  /** The Pages a Facebook connection you started offers (the web app's choose step). */
  @Get('connect/facebook/pending/:id')
  @ApiOkResponse({ type: PendingConnectionView })
  async pending(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const p = await this.pendingConnection.execute(actor, id);
    return { ...p, expiresAt: p.expiresAt.toISOString() };
  }

  /** Attaches the chosen Facebook Pages (and their Instagram accounts) to the node. */
  @Post('connect/facebook/attach')
  @ApiCreatedResponse({ type: AttachedAccountsView })
  @HttpCode(201)
  async attachPages(@CurrentActor() actor: Actor, @Body() dto: AttachPagesDto) {
    const accounts = await this.attach.execute(actor, dto);
    return { accounts: accounts.map(accountView) };
  }

  @Get(':id')
  @ApiOkResponse({ type: AccountView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return accountView(await this.getAccount.execute(actor, id));
  }

  /** Disconnects: tokens wiped, status disconnected, audited. */
  @Delete(':id')
  @ApiOkResponse({ type: AccountView })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() q: DisconnectQuery,
  ) {
    return accountView(await this.disconnect.execute(actor, id, q.reason));
  }
}
