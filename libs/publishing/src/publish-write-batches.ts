import { Inject, Injectable } from '@nestjs/common';
import { AuditEventInput, AuditTrail } from '@warta/audit';
import { BatchOutcome, MicroBatcher } from '@warta/core';
import { DataSource } from 'typeorm';
import { PostCommitPointsRepository } from './post-commit-points.repository';
import {
  BeginSend,
  Claim,
  PublishingPostsRepository,
  PublishRow,
  RecordPublished,
} from './publishing-posts.repository';

/** Under load the database, not the platform, is a publish's cost: the same few statements for many
 * posts at once cost little more than for one. */
const BATCH = { maxBatch: 200, maxInFlight: 2 };
/** Commit point 2 appends to the nodes' audit chains, which serialise their writers: one batch at a
 * time per process (the next one gathers meanwhile) instead of batches queueing on each other's locks. */
const SERIAL_BATCH = { maxBatch: 200, maxInFlight: 1 };

class PendingSendConflict extends Error {}

/**
 * The publish path's hot reads and writes (find, claim, commit points 1 and 2), coalesced across the
 * jobs a worker runs at the same moment. Each post keeps exactly the guarantees of doing it alone:
 * the same compare-and-set per row, and a commit point's writes for a post commit together or not at
 * all — a batch is one transaction, and a batch that cannot hold for every post in it is undone and
 * run post by post.
 */
@Injectable()
export class PublishWriteBatches {
  private readonly finds = new MicroBatcher<string, PublishRow | null>(async (ids) => {
    const rows = await this.posts.findMany([...new Set(ids)]);
    return ids.map((id) => ok(rows.get(id) ?? null));
  }, BATCH);

  private readonly claims = new MicroBatcher<Claim, PublishRow | null>(
    async (claims) => (await this.posts.claimMany(claims)).map(ok),
    BATCH,
  );

  private readonly sends = new MicroBatcher<BeginSend, PublishRow | null>(async (sends) => {
    try {
      return (await this.beginSendsTogether(sends)).map(ok);
    } catch (e) {
      if (!(e instanceof PendingSendConflict) || sends.length === 1) throw e;
      // One of them still has a pending send: find which, without holding back the others.
      const outcomes: BatchOutcome<PublishRow | null>[] = [];
      for (const s of sends) {
        outcomes.push(
          await this.beginSendsTogether([s]).then(
            ([row]) => ok(row),
            (error: unknown) => ({ ok: false as const, error }),
          ),
        );
      }
      return outcomes;
    }
  }, BATCH);

  private readonly published = new MicroBatcher<{ record: RecordPublished; audit: AuditEventInput }, boolean>(
    (items) =>
      this.dataSource.transaction(async (m) => {
        const moved = await this.commitPoints.recordPublishedMany(
          m,
          items.map((i) => i.record),
        );
        await this.audit.appendMany(
          m,
          items.filter((_, k) => moved[k]).map((i) => i.audit),
        );
        return moved.map(ok);
      }),
    SERIAL_BATCH,
  );

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly posts: PublishingPostsRepository,
    private readonly commitPoints: PostCommitPointsRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The post as it is now (with its node's late tolerance), or null. */
  find(id: string): Promise<PublishRow | null> {
    return this.finds.submit(id);
  }

  /** Takes the lease; null when the post moved on or someone else holds it. */
  claim(claim: Claim): Promise<PublishRow | null> {
    return this.claims.submit(claim);
  }

  /**
   * Commit point 1: the row in SENDING under our lease and its attempt row, committed before the
   * call. Null when the post moved on; an error when another send of it is still pending.
   */
  beginSend(send: BeginSend): Promise<PublishRow | null> {
    return this.sends.submit(send);
  }

  /** Commit point 2 with its audit event; false when the post was no longer sending this attempt. */
  recordPublished(record: RecordPublished, audit: AuditEventInput): Promise<boolean> {
    return this.published.submit({ record, audit });
  }

  private beginSendsTogether(sends: BeginSend[]): Promise<(PublishRow | null)[]> {
    return this.dataSource.transaction(async (m) => {
      const { rows, attemptsInserted } = await this.commitPoints.beginSends(m, sends);
      if (attemptsInserted < rows.filter(Boolean).length) {
        throw new PendingSendConflict(
          sends.length === 1 ? `post ${sends[0].id} already has a pending send` : 'a post has a pending send',
        );
      }
      return rows;
    });
  }
}

function ok<O>(value: O): BatchOutcome<O> {
  return { ok: true, value };
}
