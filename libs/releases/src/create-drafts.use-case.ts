import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import {
  ComposedVariant,
  ComposeOptions,
  composeRelease,
  MediaPlan,
  nodeSettingsFrom,
  Platform,
  ReleaseMedia,
} from '@warta/composer';
import { Actor, DomainError, Language } from '@warta/core';
import { MediaRenditionsService } from '@warta/media';
import { Organization, OrganizationLookup } from '@warta/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectedAccount, ConnectedAccountsRepository } from './connected-accounts.repository';
import type { DraftContent, DraftMediaRef } from './draft-content';
import type { DraftPostStates } from './draft-post-states';
import { Draft, PostsRepository } from './posts.repository';
import type { Release, ReleaseMediaItem } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasesRepository } from './releases.repository';

export interface CreateDraftsInput {
  releaseId: string;
  options?: ComposeOptions;
}

export type DraftOutcome = 'created' | 'refreshed' | 'unchanged' | 'kept';

export interface CreateDraftsResult {
  release: Release;
  drafts: { draft: Draft; outcome: DraftOutcome }[];
}

/**
 * Composes a release into one editable draft (a `posts` row in DRAFT) per active connected account
 * of its node, with the media each platform needs rendered and stored (a title card when the release
 * has no image, a padded rendition for a photo Instagram would crop). Running it again is safe:
 * untouched drafts are refreshed from the current release only if the result differs, and drafts a
 * person edited, or that moved past DRAFT, are kept as they are.
 */
@Injectable()
export class CreateDrafts {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
    private readonly accounts: ConnectedAccountsRepository,
    private readonly posts: PostsRepository,
    private readonly renditions: MediaRenditionsService,
    private readonly organizations: OrganizationLookup,
    private readonly audit: AuditTrail,
  ) {}

  /** `states` gives a refreshed draft its new version (publishing owns state and version: see EditPost). */
  async execute(
    actor: Actor,
    input: CreateDraftsInput,
    lang: Language,
    states: DraftPostStates,
  ): Promise<CreateDraftsResult> {
    // Permission first, so nobody can make us render images for a release they may not change.
    const release = await this.access.forWrite(actor, input.releaseId, this.dataSource.manager, false);
    if (release.status === 'archived') {
      throw new DomainError('RELEASE_NOT_EDITABLE', { status: release.status });
    }
    const accounts = await this.accounts.activeForNode(release.organizationId);
    if (!accounts.length) throw new DomainError('NO_CONNECTED_ACCOUNTS');
    const node = await this.organizations.findById(this.dataSource.manager, release.organizationId);
    if (!node) throw new DomainError('NOT_FOUND');
    const media = await this.releases.media(this.dataSource.manager, release.id);
    // Rendering is slow (sharp) and must not hold row locks, so it happens before the transaction.
    const contents = await this.composeContents(release, node, accounts, media, input.options, lang);
    return this.dataSource.transaction((m) => this.saveDrafts(m, actor, release, accounts, contents, states));
  }

  /** One draft content per platform of the node's accounts, its media rendered and stored. */
  private async composeContents(
    release: Release,
    node: Organization,
    accounts: ConnectedAccount[],
    media: ReleaseMediaItem[],
    options: ComposeOptions | undefined,
    lang: Language,
  ): Promise<Map<Platform, DraftContent>> {
    const platforms = [...new Set(accounts.map((a) => a.platform))];
    const { variants } = composeRelease(
      {
        release: {
          title: release.title,
          body: release.body,
          link: release.linkUrl ?? undefined,
          hashtags: release.tags,
          language: release.language,
          media: media.map(toReleaseMedia),
          publishedAt: release.createdAt.toISOString(),
          eventDate: release.eventDate ?? undefined,
        },
        node: nodeSettingsFrom(node),
        platforms,
        options,
      },
      lang,
    );
    const contents = new Map<Platform, DraftContent>();
    const rendered = new Map<string, DraftMediaRef>();
    for (const variant of variants) {
      contents.set(variant.platform, await this.contentOf(release.organizationId, variant, media, rendered));
    }
    return contents;
  }

  /** Creates, refreshes or keeps each account's draft, unless the release changed since it was read. */
  private async saveDrafts(
    m: EntityManager,
    actor: Actor,
    release: Release,
    accounts: ConnectedAccount[],
    contents: Map<Platform, DraftContent>,
    states: DraftPostStates,
  ): Promise<CreateDraftsResult> {
    const locked = await this.access.forWrite(actor, release.id, m);
    if (locked.version !== release.version) {
      throw new DomainError('VERSION_CONFLICT', { expected: release.version, actual: locked.version });
    }
    const existing = new Map((await this.posts.forRelease(release.id, m)).map((d) => [d.socialAccountId, d]));
    const outcomes = new Map<string, DraftOutcome>();
    for (const account of accounts) {
      const content = contents.get(account.platform)!;
      const current = existing.get(account.id);
      if (!current) {
        const id = await this.posts.insert(m, {
          organizationId: release.organizationId,
          releaseId: release.id,
          socialAccountId: account.id,
          platform: account.platform,
          content,
          createdBy: actor.userId,
        });
        outcomes.set(id, 'created');
      } else if (current.state !== 'draft' || current.content.edited) {
        outcomes.set(current.id, 'kept');
      } else if (stableJson(current.content) === stableJson(content)) {
        outcomes.set(current.id, 'unchanged');
      } else {
        // Re-composed: the new content as a new version of the draft (no job holds a draft's version).
        if (await this.posts.updateContent(m, current.id, current.version, content)) {
          await states.edited(m, { id: current.id, version: current.version, state: current.state });
        }
        outcomes.set(current.id, 'refreshed');
      }
    }
    await this.auditComposed(m, actor, release, outcomes);
    const drafts = await this.posts.forRelease(release.id, m);
    return {
      release: locked,
      drafts: drafts
        .filter((d) => outcomes.has(d.id))
        .map((draft) => ({ draft, outcome: outcomes.get(draft.id)! })),
    };
  }

  private async auditComposed(
    m: EntityManager,
    actor: Actor,
    release: Release,
    outcomes: Map<string, DraftOutcome>,
  ): Promise<void> {
    const changed = [...outcomes].filter(([, o]) => o === 'created' || o === 'refreshed');
    if (changed.length) {
      await this.audit.append(m, {
        organizationId: release.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.drafts_composed',
        subjectType: 'release',
        subjectId: release.id,
        data: { releaseVersion: release.version, drafts: Object.fromEntries(changed) },
      });
    }
  }

  private async contentOf(
    organizationId: string,
    variant: ComposedVariant,
    media: ReleaseMediaItem[],
    rendered: Map<string, DraftMediaRef>,
  ): Promise<DraftContent> {
    const refs: DraftMediaRef[] = [];
    for (const plan of variant.media) refs.push(await this.refFor(organizationId, plan, media, rendered));
    return {
      text: variant.text,
      ...(variant.thread?.length ? { thread: variant.thread } : {}),
      ...(variant.firstComment ? { firstComment: variant.firstComment } : {}),
      hashtags: variant.hashtags,
      mentions: variant.mentions,
      media: refs,
      edited: false,
      ...(variant.notes.length ? { notes: variant.notes } : {}),
    };
  }

  private async refFor(
    organizationId: string,
    plan: MediaPlan,
    media: ReleaseMediaItem[],
    rendered: Map<string, DraftMediaRef>,
  ): Promise<DraftMediaRef> {
    if (plan.kind === 'original') {
      return {
        source: 'asset',
        id: plan.sourceId,
        assetId: plan.sourceId,
        purpose: 'original',
        mediaKind: plan.mediaKind,
        mime: plan.mime,
        bytes: plan.bytes,
        width: plan.width,
        height: plan.height,
        ...(plan.altText ? { altText: plan.altText } : {}),
      };
    }
    // Two Instagram accounts on one node need the same card: render it once.
    const key = JSON.stringify(plan);
    const cached = rendered.get(key);
    if (cached) return cached;
    const rendition = (await this.renditions.render(organizationId, plan))!;
    const altText =
      plan.altText ??
      media.find((m) => plan.kind === 'padded' && m.assetId === plan.sourceId)?.altText ??
      undefined;
    const ref: DraftMediaRef = {
      source: 'rendition',
      id: rendition.id,
      assetId: rendition.assetId,
      purpose: rendition.purpose,
      mediaKind: 'image',
      mime: rendition.mime,
      bytes: rendition.bytes,
      width: rendition.width,
      height: rendition.height,
      ...(altText ? { altText } : {}),
    };
    rendered.set(key, ref);
    return ref;
  }
}

export function toReleaseMedia(m: ReleaseMediaItem): ReleaseMedia {
  return {
    id: m.assetId,
    kind: m.mime.startsWith('video/') ? 'video' : 'image',
    mime: m.mime,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    ...(m.altText ? { altText: m.altText } : {}),
  };
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would see changes that are not. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
