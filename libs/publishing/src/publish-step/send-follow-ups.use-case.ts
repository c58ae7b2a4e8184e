import { Injectable } from '@nestjs/common';
import { ConnectorCredentials, ConnectorError, ConnectorRegistry } from '@warta/connectors';
import { DomainError } from '@warta/core';
import { Notifier } from '@warta/notifications';
import { followUpsOf } from '../build-publish-request';
import { EngineClock } from '../engine-clock';
import type { AttemptRow, PublishRow } from '../publish-row';
import { PublishingPostsRepository } from '../publishing-posts.repository';
import { afterReset, backoffMs } from '../retry-policy';
import { SendingAccounts } from '../sending-accounts';
import { Advance, DONE, errorText } from './publish-rules';

type Part = ReturnType<typeof followUpsOf>[number];

/**
 * Thread parts and first comments of a PUBLISHED post, each its own send with its own attempt row.
 * The partial unique index on publish_attempts means a part whose outcome is pending, sent or
 * unknown is never sent again; a part the platform refused is retried a few times, then reported.
 */
@Injectable()
export class SendFollowUps {
  constructor(
    private readonly clock: EngineClock,
    private readonly posts: PublishingPostsRepository,
    private readonly accounts: SendingAccounts,
    private readonly registry: ConnectorRegistry,
    private readonly notifier: Notifier,
  ) {}

  async execute(row: PublishRow, me: string): Promise<Advance> {
    const plan = followUpsOf(row.platform, row.content);
    if (!plan.length || !row.platformPostId || row.lastErrorClass === 'follow_up_failed') return DONE;
    const attempts = await this.posts.attempts(row.id);
    const childIds = [...row.childIds];
    let parentId = row.platformPostId;
    let creds: ConnectorCredentials | null = null;
    for (const part of plan) {
      const mine = attempts.filter((a) => a.kind === part.kind && a.partIndex === part.partIndex);
      const sent = mine.find((a) => a.outcome === 'sent');
      if (sent?.platformId) {
        parentId = sent.platformId;
        continue;
      }
      const blocked = blockedReason(mine);
      if (blocked) return this.failed(row, part.kind, blocked);
      const attemptId = await this.posts.insertAttempt(this.posts.manager, {
        postId: row.id,
        postVersion: row.version,
        kind: part.kind,
        partIndex: part.partIndex,
        workerId: me,
      });
      if (!attemptId) return DONE; // another worker is sending this part right now
      try {
        creds ??= await this.accounts.credentialsOf(row.socialAccountId);
        const res = await this.registry.connector(row.platform).sendFollowUp(creds, {
          kind: part.kind,
          parentId: part.kind === 'thread_part' ? parentId : row.platformPostId,
          text: part.text,
        });
        childIds.push(res.id);
        await this.posts.transaction(async (m) => {
          await this.posts.finishAttempt(m, attemptId, 'sent', { platformId: res.id });
          await this.posts.setChildIds(m, row.id, childIds);
        });
        parentId = res.id;
      } catch (e) {
        return this.partNotSent(row, part, attemptId, mine.length, e);
      }
    }
    return DONE;
  }

  /** A refusal (nothing sent) is retried after a wait; anything else is a person's to check. */
  private async partNotSent(
    row: PublishRow,
    part: Part,
    attemptId: string,
    triedBefore: number,
    e: unknown,
  ): Promise<Advance> {
    const nothingSent = e instanceof ConnectorError ? e.provesNothingSent : e instanceof DomainError;
    await this.posts.finishAttempt(this.posts.manager, attemptId, nothingSent ? 'rejected' : 'unknown', {
      errorClass: e instanceof ConnectorError ? e.kind : 'unexpected',
      errorMessage: errorText(e),
    });
    if (!nothingSent) return this.failed(row, part.kind, errorText(e));
    const now = this.clock.now();
    const until =
      e instanceof ConnectorError && e.resetAt
        ? afterReset(e.resetAt, now)
        : new Date(now.getTime() + backoffMs(triedBefore + 1));
    return { outcome: 'delay', until };
  }

  /** Marks the post `follow_up_failed` (it stays PUBLISHED) and notifies its node, once. */
  private async failed(row: PublishRow, kind: string, message: string): Promise<Advance> {
    await this.posts.transaction(async (m) => {
      if (!(await this.posts.markFollowUpFailed(m, row.id, `${kind}: ${message}`))) return;
      await this.notifier.notify(m, {
        organizationId: row.organizationId,
        kind: 'post_failed',
        postId: row.id,
        socialAccountId: row.socialAccountId,
        reason: 'follow_up_failed',
        params: {
          platform: row.platform,
          part: kind,
          error: message.slice(0, 300),
          permalink: row.permalink,
        },
      });
    });
    return DONE;
  }
}

/** Why a part must not be sent again: its outcome is unknown, or it was refused three times. */
function blockedReason(mine: AttemptRow[]): string | null {
  if (mine.some((a) => a.outcome === 'pending' || a.outcome === 'unknown')) {
    return 'its outcome is unknown; check the post on the platform';
  }
  if (mine.filter((a) => a.outcome === 'rejected').length >= 3) {
    return mine[mine.length - 1].errorMessage ?? 'refused';
  }
  return null;
}
