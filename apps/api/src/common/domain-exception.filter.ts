import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError } from '@warta/core';
import { Response } from 'express';
import { errorBody } from './error-body';
import { httpStatusForCode } from './http-status-for-code';
import { WartaRequest } from './request-context';

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'THROTTLED',
};

/** The single place errors become HTTP: domain codes -> status + a message in the caller's language. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('api');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<WartaRequest>();
    const res = ctx.getResponse<Response>();
    const error = this.toDomainError(exception, req);
    const status = httpStatusForCode(error.code);
    if (status >= 500)
      this.logger.error({ err: exception, requestId: req.id, path: req.path }, 'unhandled error');
    if (error.code === 'LOGIN_THROTTLED' && error.params.retryAfterSeconds) {
      res.setHeader('Retry-After', String(error.params.retryAfterSeconds));
    }
    res.status(status).json(errorBody(error, req.lang ?? 'id', req.id ?? null));
  }

  private toDomainError(exception: unknown, req: WartaRequest): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof ThrottlerException) return new DomainError('THROTTLED');
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = HTTP_CODES[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL_ERROR');
      return new DomainError(code, code === 'FORBIDDEN' ? { permission: '-' } : {});
    }
    return new DomainError('INTERNAL_ERROR', { requestId: req.id ?? '-' });
  }
}
