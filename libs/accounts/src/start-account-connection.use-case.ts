import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { ConnectorRegistry } from '@warta/connectors';
import { Actor, Clock } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { callbackUrl, connectablePlatform, OAUTH_STATE_TTL_MS, WEB_STATE_PREFIX } from './connect-redirect';
import { OAuthStatesRepository } from './oauth-states.repository';

export interface StartConnectionInput {
  organizationId: string;
  platform: string;
  /** 'web': the callback sends the person back to the web app's accounts screen. */
  returnTo?: 'web';
}

export function hashState(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

/**
 * Begins connecting an account to a node: checks account:manage there, mints a one-time state
 * (only its hash is stored) bound to user, node and platform, and asks the provider for the
 * authorize URL (with PKCE S256 for X; the verifier stays server-side).
 */
@Injectable()
export class StartAccountConnection {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly scopes: AccessScopeService,
    private readonly registry: ConnectorRegistry,
    private readonly states: OAuthStatesRepository,
  ) {}

  async execute(
    actor: Actor,
    input: StartConnectionInput,
  ): Promise<{ authorizeUrl: string; expiresAt: Date }> {
    const platform = connectablePlatform(input.platform);
    await this.scopes.requireNode(actor.userId, input.organizationId, Permission.AccountManage);
    const provider = this.registry.oauthProvider(platform);
    if (!provider) throw new Error(`no OAuth provider for ${platform}`);
    const state = (input.returnTo === 'web' ? WEB_STATE_PREFIX : '') + randomBytes(32).toString('base64url');
    const redirectUri = callbackUrl(this.config, platform);
    const { url, codeVerifier } = provider.authorize({ redirectUri, state });
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + OAUTH_STATE_TTL_MS);
    await this.states.insert({
      stateHash: hashState(state),
      userId: actor.userId,
      organizationId: input.organizationId,
      platform,
      codeVerifier,
      redirectUri,
      expiresAt,
      now,
    });
    return { authorizeUrl: url, expiresAt };
  }
}
