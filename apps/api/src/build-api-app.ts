import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, configFromEnv } from '@warta/config';
import { createPino, DomainError, PinoNestLogger } from '@warta/core';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { ApiModule } from './api.module';
import { bodyErrorHandler } from './common/body-error.middleware';
import { errorBody } from './common/error-body';
import { inputShapeGuard } from './common/input-shape.middleware';

import { requestContext, WartaRequest } from './common/request-context';
import { API_METRICS, ApiMetrics } from './metrics/http-metrics';
import {
  API_DOCS_JSON_PATH,
  API_DOCS_PATH,
  applyApiPrefix,
  createOpenApiDocument,
} from './openapi/openapi-document';
import { webAppMiddleware } from './web-app.middleware';

/** Builds the configured api (used by main.ts and by the e2e tests, which listen on a random port). */
export async function buildApiApp(config: AppConfig = configFromEnv()): Promise<INestApplication> {
  const log = createPino(config, 'api');
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bodyParser: false,
    logger: new PinoNestLogger(log),
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestContext);
  app.use(app.get<ApiMetrics>(API_METRICS).middleware);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req) => (req as unknown as WartaRequest).id,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        // Path only: query strings can carry one-time OAuth codes and states.
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // blob: for the photo the editor has just chosen, shown before its upload ends.
          imgSrc: ["'self'", 'data:', 'blob:', 'https:', 'http:'],
        },
      },
    }),
  );
  app.enableCors({ origin: config.api.corsOrigins, credentials: true, exposedHeaders: ['X-Request-Id'] });
  app.use(cookieParser());
  app.use(express.json({ limit: config.api.bodyLimit, strict: true }));
  app.use(express.urlencoded({ extended: false, limit: config.api.bodyLimit }));
  app.use(bodyErrorHandler(config.api.bodyLimit));
  app.use(
    inputShapeGuard({ maxDepth: config.api.bodyMaxDepth, maxArrayItems: config.api.bodyMaxArrayItems }),
  );
  // The web app's pages and assets; api paths pass through to Nest's routes.
  const web = webAppMiddleware(config.api.webDir);
  if (web) app.use(web);
  applyApiPrefix(app);
  SwaggerModule.setup(API_DOCS_PATH, app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: API_DOCS_JSON_PATH,
  });

  await app.init();
  // Anything Nest did not route: our envelope, not Express's HTML.
  const instance = app.getHttpAdapter().getInstance() as express.Express;
  instance.use((req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next();
    const r = req as WartaRequest;
    res.status(404).json(errorBody(new DomainError('ROUTE_NOT_FOUND'), r.lang ?? 'id', r.id ?? null));
  });
  return app;
}
