import { randomUUID } from 'node:crypto';
import { Language, languageFromHeader } from '@warta/core';
import { AuthenticatedUser } from '@warta/identity';
import { NextFunction, Request, Response } from 'express';

/** What the api attaches to every request. */
export interface WartaRequest extends Request {
  id: string;
  lang: Language;
  user?: AuthenticatedUser;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives each request an id (the caller's X-Request-Id when sane) and a language, echoed back. */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const r = req as WartaRequest;
  const given = req.header('x-request-id');
  r.id = given && REQUEST_ID.test(given) ? given : randomUUID();
  r.lang = languageFromHeader(req.header('accept-language'));
  res.setHeader('X-Request-Id', r.id);
  res.setHeader('Content-Language', r.lang);
  next();
}
