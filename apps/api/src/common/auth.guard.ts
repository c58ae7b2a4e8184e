import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@warta/core';
import { Authenticate } from '@warta/identity';
import { WartaRequest } from './request-context';

const PUBLIC = Symbol('PUBLIC');
/** Opts a route out of bearer authentication (login, refresh, health). */
export const Public = () => SetMetadata(PUBLIC, true);

/** Bearer tokens on every route unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticate: Authenticate,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const req = context.switchToHttp().getRequest<WartaRequest>();
    const header = req.header('authorization') ?? '';
    const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
    if (!m) throw new DomainError('UNAUTHENTICATED');
    req.user = await this.authenticate.execute(m[1]);
    return true;
  }
}
