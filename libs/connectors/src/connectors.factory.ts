import type { AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { ConnectorRegistry } from './connector-registry';
import { FacebookOAuthProvider } from './facebook/facebook-oauth.provider';
import { FacebookConnector } from './facebook/facebook.connector';
import { GraphHttpClient } from './graph/graph-http.client';
import { InstagramConnector } from './instagram/instagram.connector';
import { XClientFactory } from './x/x-client.factory';
import { XOAuthProvider } from './x/x-oauth.provider';
import { XConnector } from './x/x.connector';

export interface ConnectorTuning {
  /** Per-call timeout for platform requests (tests use a short one to exercise hangs). */
  timeoutMs?: number;
}

/**
 * Builds every connector and provider from config alone: changing X_API_ORIGIN / GRAPH_ORIGIN
 * moves between the sandbox and the real platforms without a code change.
 */
export function createConnectorRegistry(
  platforms: AppConfig['platforms'],
  clock: Clock,
  tuning: ConnectorTuning = {},
): ConnectorRegistry {
  const x = new XClientFactory({ apiOrigin: platforms.xApiOrigin, timeoutMs: tuning.timeoutMs });
  const graph = new GraphHttpClient({ origin: platforms.graphOrigin, timeoutMs: tuning.timeoutMs }, clock);
  // The login dialog lives on www. beside graph. in production; the sandbox serves both on one origin.
  const dialogOrigin = platforms.graphOrigin.replace('://graph.', '://www.');
  return new ConnectorRegistry(
    [
      // In the sandbox a post's link opens the sandbox's own feed viewer (what a user can follow).
      new XConnector(x, clock, tuning.timeoutMs, platforms.usingSandbox ? platforms.xApiOrigin : null),
      new FacebookConnector(graph, clock, platforms.usingSandbox ? platforms.graphOrigin : null),
      new InstagramConnector(graph, clock),
    ],
    [
      new XOAuthProvider(x, { clientId: platforms.xClientId, clientSecret: platforms.xClientSecret }, clock),
      new FacebookOAuthProvider(graph, {
        appId: platforms.facebookAppId,
        appSecret: platforms.facebookAppSecret,
        dialogOrigin,
      }),
    ],
  );
}
