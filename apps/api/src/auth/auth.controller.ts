import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DomainError } from '@warta/core';
import { ClientInfo, Login, Logout, RefreshSession, SessionTokens } from '@warta/identity';
import { Response } from 'express';
import { Public } from '../common/auth.guard';
import { WartaRequest } from '../common/request-context';
import { LoginDto, RefreshDto, TokensResponse } from './auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly login: Login,
    private readonly refresh: RefreshSession,
    private readonly logout: Logout,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokensResponse })
  async loginRoute(
    @Body() dto: LoginDto,
    @Req() req: WartaRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const tokens = await this.login.execute({
      email: dto.email,
      password: dto.password,
      client: clientOf(req),
      deviceToken: (req.cookies as Record<string, string> | undefined)?.[this.config.auth.refreshCookieName],
    });
    return this.respond(tokens, dto.cookie === true, res);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokensResponse })
  async refreshRoute(
    @Body() dto: RefreshDto,
    @Req() req: WartaRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const fromCookie = (req.cookies as Record<string, string> | undefined)?.[
      this.config.auth.refreshCookieName
    ];
    const token = dto.refreshToken ?? fromCookie;
    if (!token) throw new DomainError('REFRESH_TOKEN_INVALID');
    try {
      const tokens = await this.refresh.execute({ refreshToken: token, client: clientOf(req) });
      return this.respond(tokens, !dto.refreshToken, res);
    } catch (e) {
      if (!dto.refreshToken) this.clearCookie(res);
      throw e;
    }
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the refresh cookie is cleared.' })
  async logoutRoute(@Req() req: WartaRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.logout.execute({ familyId: req.user!.sessionId });
    this.clearCookie(res);
  }

  private respond(tokens: SessionTokens, cookie: boolean, res: Response): TokensResponse {
    if (cookie) {
      res.cookie(this.config.auth.refreshCookieName, tokens.refreshToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.auth.cookieSecure,
        path: '/api/v1/auth',
        expires: tokens.refreshExpiresAt,
      });
      return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn };
    }
    return {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresIn: tokens.expiresIn,
    };
  }

  private clearCookie(res: Response): void {
    res.clearCookie(this.config.auth.refreshCookieName, { path: '/api/v1/auth' });
  }
}

function clientOf(req: WartaRequest): ClientInfo {
  return { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
}
