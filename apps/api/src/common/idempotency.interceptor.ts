import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { DomainError } from '@warta/core';
import { Response } from 'express';
import { from, Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DataSource } from 'typeorm';
import { WartaRequest } from './request-context';

const KEY = /^[\x21-\x7e]{1,200}$/;
/** Marks a key whose first request is still running (status_code is NOT NULL in the table). */
const IN_PROGRESS = 0;
/** A claim this old was left by a process that died mid-request; the next repeat may take it over. */
const ABANDONED_AFTER_SECONDS = 120;

/**
 * `Idempotency-Key` for writes that create things (DESIGN §8): the first response is stored per
 * (user, key) and a repeat with the same method, path and body gets it back without running the
 * handler again; the same key with a different request is refused. The key is claimed before the
 * handler runs, so two concurrent repeats cannot both create; a failed first attempt releases it,
 * so the client can retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<WartaRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.header('idempotency-key');
    if (key === undefined || !req.user) return next.handle();
    if (!KEY.test(key)) {
      throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'Idempotency-Key', code: 'rule.invalid' }]);
    }
    const userId = req.user.id;
    const requestHash = createHash('sha256')
      .update(JSON.stringify([req.method, req.path, canonical(req.body)]))
      .digest('hex');

    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response)
       VALUES ($1, $2, $3, $4, '{}'::jsonb)
       ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.status_code = $4 AND idempotency_keys.created_at < now() - interval '${ABANDONED_AFTER_SECONDS} seconds'
       RETURNING key`,
      [userId, key, requestHash, IN_PROGRESS],
    );
    if (!claimed.length) {
      const [row]: { request_hash: string; status_code: number; response: unknown }[] =
        await this.dataSource.query(
          `SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
          [userId, key],
        );
      if (!row || row.request_hash !== requestHash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
      if (row.status_code === IN_PROGRESS) throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
      res.status(row.status_code);
      res.setHeader('Idempotent-Replayed', 'true');
      return of(row.response);
    }

    const release = () =>
      this.dataSource.query(
        `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND status_code = $3`,
        [userId, key, IN_PROGRESS],
      );
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          (async () => {
            const status =
              res.statusCode !== 200
                ? res.statusCode
                : ((Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ??
                  (req.method === 'POST' ? 201 : 200));
            await this.dataSource.query(
              `UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2`,
              [userId, key, status, JSON.stringify(body ?? null)],
            );
            return body;
          })(),
        ),
      ),
      catchError((err: unknown) =>
        from(release()).pipe(
          mergeMap(() => {
            throw err;
          }),
        ),
      ),
    );
  }
}

/** The body with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
