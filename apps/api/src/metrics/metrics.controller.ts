import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DomainError, metricsAccessAllowed } from '@warta/core';
import { Response } from 'express';
import { Public } from '../common/auth.guard';
import { WartaRequest } from '../common/request-context';
import { API_METRICS, ApiMetrics } from './http-metrics';

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(API_METRICS) private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Prometheus scrape endpoint: the same machine, or a bearer METRICS_TOKEN. `req.ip` is the client
   * behind a proxy on loopback (trust proxy), so a local reverse proxy does not make everyone local.
   */
  @Public()
  @Get()
  scrape(@Req() req: WartaRequest, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!metricsAccessAllowed(req.ip, req.header('authorization'), this.config.metrics.token))
      throw new DomainError('METRICS_FORBIDDEN');
    // Set here, not with @Header: a refusal must stay the JSON envelope.
    res.setHeader('Content-Type', 'text/plain; version=0.0.4');
    return this.metrics.registry.metrics();
  }
}
