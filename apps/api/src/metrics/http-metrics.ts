import { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Something that adds its own metrics to the api's registry (e.g. the publishing gauges). */
export interface MetricsSource {
  register(registry: Registry): void;
}

/**
 * One registry per api process: default Node metrics, request duration by route and status, and
 * whatever the given sources add (publishing state and queue gauges, read at scrape time).
 */
export function createMetrics(sources: MetricsSource[] = []) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'warta_api_' });
  const httpDuration = new Histogram({
    name: 'warta_api_http_request_duration_seconds',
    help: 'API request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  for (const source of sources) source.register(registry);
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const end = httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // The matched route pattern, never the raw URL, so ids do not explode label cardinality.
      const route = (req.route?.path as string | undefined) ?? 'unmatched';
      end({ route: `${req.baseUrl ?? ''}${route}`, status: String(res.statusCode) });
    });
    next();
  };
  return { registry, middleware };
}

export type ApiMetrics = ReturnType<typeof createMetrics>;
export const API_METRICS = Symbol('API_METRICS');
