import { DomainError, DomainErrorDetail } from '@warta/core';
import { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';
import { httpStatusForCode } from './http-status-for-code';
import { WartaRequest } from './request-context';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Problems reported per request: enough to fix the input, bounded so a hostile body stays cheap. */
const MAX_DETAILS = 20;

function textProblem(text: string): 'rule.nul' | 'rule.unicode' | null {
  if (text.includes('\u0000')) return 'rule.nul';
  if (LONE_SURROGATE.test(text)) return 'rule.unicode';
  return null;
}

/**
 * Refuses what class-validator and Postgres must never see, for every route at once, before any
 * validation runs: JSON nested deeper than `maxDepth` (class-transformer and class-validator recurse
 * and overflow the stack), arrays longer than `maxArrayItems`, and text (values or keys, in the body
 * or the query) holding a NUL (Postgres text cannot store it) or a lone surrogate (not Unicode; some
 * validators throw URIError on it). The walk is iterative, so the check itself cannot overflow.
 */
export function inputShapeGuard(limits: { maxDepth: number; maxArrayItems: number }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const error = check(req.body, 'body', limits) ?? check(req.query, 'query', limits);
    if (!error) return next();
    const r = req as WartaRequest;
    res.status(httpStatusForCode(error.code)).json(errorBody(error, r.lang ?? 'id', r.id ?? null));
  };
}

function check(
  root: unknown,
  where: 'body' | 'query',
  limits: { maxDepth: number; maxArrayItems: number },
): DomainError | null {
  if (root === null || root === undefined || Buffer.isBuffer(root)) return null;
  const details: DomainErrorDetail[] = [];
  const field = (path: string) => path || where;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length && details.length < MAX_DETAILS) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) details.push({ field: field(path), code: problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) return new DomainError('BODY_TOO_DEEP', { max: limits.maxDepth });
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayItems)
        return new DomainError('BODY_ARRAY_TOO_LONG', { field: field(path), max: limits.maxArrayItems });
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) {
        // The key itself is shown escaped: it cannot be echoed back as it is.
        details.push({ field: JSON.stringify(childPath).slice(1, -1), code: keyProblem });
        continue;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return details.length ? new DomainError('VALIDATION_FAILED', {}, details) : null;
}
