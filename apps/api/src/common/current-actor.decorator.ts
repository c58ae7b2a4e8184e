import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor, DomainError } from '@warta/core';
import { WartaRequest } from './request-context';

/** The authenticated caller as an Actor (user id + request id) for use cases. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<WartaRequest>();
  if (!req.user) throw new DomainError('UNAUTHENTICATED');
  return { userId: req.user.id, requestId: req.id };
});
