import { Inject, Injectable } from '@nestjs/common';
import {
  ComposedVariant,
  composeRelease,
  ComposeOptions,
  nodeSettingsFrom,
  Platform,
  PLATFORMS,
} from '@warta/composer';
import { Actor, Clock, DomainError, Language } from '@warta/core';
import { AccessScopeService, Organization, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';

export interface ComposePreviewInput {
  nodeId?: string;
  title: string;
  body: string;
  link?: string;
  hashtags?: string[];
  platforms?: Platform[];
  options?: ComposeOptions;
}

export interface ComposePreviewResult {
  nodeId: string;
  variants: ComposedVariant[];
}

/**
 * Composes an unsaved release for the editor's live preview: nothing is stored and no image is
 * rendered (the title card is returned as a plan), so it is cheap enough to call on every pause in
 * typing. The node defaults to the caller's one unit; with several (or none) they must choose.
 */
@Injectable()
export class ComposePreview {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly scopes: AccessScopeService,
  ) {}

  async execute(actor: Actor, input: ComposePreviewInput, lang: Language): Promise<ComposePreviewResult> {
    const node = await this.resolveNode(actor, input.nodeId);
    const result = composeRelease(
      {
        release: {
          title: input.title,
          body: input.body,
          link: input.link || undefined,
          hashtags: input.hashtags,
          language: 'id',
          publishedAt: this.clock.now().toISOString(),
        },
        node: nodeSettingsFrom(node),
        platforms: input.platforms?.length ? [...new Set(input.platforms)] : [...PLATFORMS],
        options: input.options,
      },
      lang,
    );
    return { nodeId: node.id, variants: result.variants };
  }

  private async resolveNode(actor: Actor, nodeId: string | undefined): Promise<Organization> {
    if (nodeId) return this.scopes.requireNode(actor.userId, nodeId, Permission.ReleaseRead);
    const grants = await this.scopes.grants(actor.userId);
    const units: { id: string }[] = grants.length
      ? await this.dataSource.query(
          `SELECT id FROM organizations WHERE kind = 'unit' AND id = ANY($1::uuid[])`,
          [[...new Set(grants.map((g) => g.organizationId))]],
        )
      : [];
    if (units.length !== 1) throw new DomainError('NODE_REQUIRED', { count: units.length });
    return this.scopes.requireNode(actor.userId, units[0].id, Permission.ReleaseRead);
  }
}
