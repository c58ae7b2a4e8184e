import { Injectable, Logger } from '@nestjs/common';
import { ConnectorRegistry, SendResult } from '@warta/connectors';
import { EngineClock } from '../engine-clock';
import { PostState } from '../post-state';
import type { PublishRow } from '../publish-row';
import { PublishingMetrics } from '../publishing-metrics';
import { PublishWriteBatches } from '../publish-write-batches';
import { SendingAccounts } from '../sending-accounts';
import { sleep } from './publish-rules';

/**
 * Commit point 2: the platform id and PUBLISHED, stored the moment the platform answered (a send),
 * or the moment reconciliation found the post. Answers the post as published, or null when it was
 * no longer sending this attempt.
 */
@Injectable()
export class CommitPublished {
  private readonly logger = new Logger('publishing');

  constructor(
    private readonly clock: EngineClock,
    private readonly accounts: SendingAccounts,
    private readonly registry: ConnectorRegistry,
    private readonly batches: PublishWriteBatches,
    private readonly metrics: PublishingMetrics,
  ) {}

  async execute(
    row: PublishRow,
    attemptId: string,
    result: SendResult,
    outcome: 'sent' | 'found',
  ): Promise<PublishRow | null> {
    const permalink = result.permalink ?? (await this.permalinkOf(row, result.platformPostId));
    // The platform has the post: keep trying to record it through a database blip rather than
    // leave it to reconciliation (which would find it too, but later).
    for (let attempt = 0; ; attempt++) {
      try {
        const publishedAt = result.publishedAt ?? this.clock.now();
        const moved = await this.record(
          row,
          attemptId,
          result.platformPostId,
          permalink,
          publishedAt,
          outcome,
        );
        if (!moved) return null;
        this.metrics.outcome(row.platform, 'published');
        return {
          ...row,
          state: PostState.Published,
          platformPostId: result.platformPostId,
          permalink,
          publishedAt,
          leaseOwner: null,
          leaseUntil: null,
          nextAttemptAt: null,
          lastErrorClass: null,
          lastErrorMessage: null,
        };
      } catch (e) {
        if (attempt >= 6) throw e;
        this.logger.warn(
          { postId: row.id, err: (e as Error).message },
          'recording a publish failed; retrying',
        );
        await sleep(500 * 2 ** attempt);
      }
    }
  }

  private record(
    row: PublishRow,
    attemptId: string,
    platformPostId: string,
    permalink: string | null,
    publishedAt: Date,
    outcome: 'sent' | 'found',
  ): Promise<boolean> {
    return this.batches.recordPublished(
      { id: row.id, version: row.version, attemptId, platformPostId, permalink, publishedAt, outcome },
      {
        organizationId: row.organizationId,
        actorId: null,
        action: 'post.published',
        subjectType: 'post',
        subjectId: row.id,
        reason: outcome === 'found' ? 'reconciled: found on the platform' : null,
        data: {
          version: row.version,
          platform: row.platform,
          platformPostId,
          permalink,
          publishAt: row.publishAt?.toISOString() ?? null,
        },
      },
    );
  }

  /** Sends answer with an id only; the link follows from it where the platform allows (null: read
   * back later, which ResolvePermalinks does for Instagram after the commit). */
  private async permalinkOf(row: PublishRow, platformPostId: string): Promise<string | null> {
    // The handle came with the credentials the send used (null should the account be gone since).
    const handle = await this.accounts.get(row.socialAccountId).then(
      (a) => a.handle,
      () => null,
    );
    return this.registry.connector(row.platform).permalinkOf(platformPostId, { handle });
  }
}
