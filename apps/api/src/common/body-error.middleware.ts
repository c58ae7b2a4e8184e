import { DomainError } from '@warta/core';
import { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';
import { httpStatusForCode } from './http-status-for-code';
import { WartaRequest } from './request-context';

/**
 * Express error handler right after the body parsers: malformed JSON, oversized or wrongly typed
 * bodies never reach Nest, so they are answered here in the same envelope and language.
 */
export function bodyErrorHandler(limit: string) {
  return (err: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction): void => {
    if (!err || res.headersSent) return next(err);
    const code =
      err.type === 'entity.too.large'
        ? 'PAYLOAD_TOO_LARGE'
        : err.type === 'entity.parse.failed'
          ? 'MALFORMED_JSON'
          : err.type === 'encoding.unsupported' || err.type === 'charset.unsupported'
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : err.status && err.status < 500
              ? 'VALIDATION_FAILED'
              : null;
    if (!code) return next(err);
    const r = req as WartaRequest;
    res
      .status(httpStatusForCode(code))
      .json(errorBody(new DomainError(code, { limit }), r.lang ?? 'id', r.id ?? null));
  };
}
