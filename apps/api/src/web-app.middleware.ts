import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

/** Paths the api owns; everything else a browser asks for is the web app. */
const API_PATHS = /^\/(api|health|metrics|media-public|admin)(\/|$)/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves the built web app (apps/web/dist): its hashed assets with a long cache (gzip-compressed at
 * build time when the browser accepts it), and index.html for every other GET a browser makes for a
 * page (the app routes on the client), never cached so a new deploy is picked up. Returns null when
 * the app was not built, leaving the api as it was.
 */
export function webAppMiddleware(dir: string): express.Router | null {
  const root = resolve(dir);
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) return null;
  const assets = resolve(root, 'assets');
  const router = express.Router();
  router.get('/assets/:file', (req: Request, res: Response, next: NextFunction) => {
    const name = String(req.params.file);
    const type = TYPES[extname(name)];
    const gz = resolve(assets, `${name}.gz`);
    if (!type || !gz.startsWith(`${assets}/`) || !req.acceptsEncodings('gzip') || !existsSync(gz))
      return next();
    res.setHeader('content-type', type);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
    res.sendFile(gz, { immutable: true, maxAge: '365d' });
  });
  router.use(
    '/assets',
    express.static(assets, { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(root, { index: false, maxAge: 0 }));
  router.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
