import type { Platform } from '@warta/core';
import { OAuthProvider } from './oauth-provider';
import { SocialConnector } from './social-connector';

/**
 * platform -> connector and OAuth provider. Instagram connects through Facebook Login, so it has a
 * connector but no provider of its own.
 */
export class ConnectorRegistry {
  private readonly connectors = new Map<Platform, SocialConnector>();
  private readonly providers = new Map<Platform, OAuthProvider>();

  constructor(connectors: SocialConnector[], providers: OAuthProvider[]) {
    for (const c of connectors) this.connectors.set(c.platform, c);
    for (const p of providers) this.providers.set(p.platform, p);
  }

  connector(platform: Platform): SocialConnector {
    const c = this.connectors.get(platform);
    if (!c) throw new Error(`no connector for ${platform}`);
    return c;
  }

  oauthProvider(platform: Platform): OAuthProvider | null {
    return this.providers.get(platform) ?? null;
  }
}
