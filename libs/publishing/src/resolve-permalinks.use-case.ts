import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConnectorRegistry } from '@warta/connectors';
import { Clock, DomainError, type Platform } from '@warta/core';
import { textArray, uuidArray } from '@warta/database';
import { DataSource } from 'typeorm';
import { SendingAccounts } from './sending-accounts';

/** How long after publishing a missing public link is still looked for. */
const LOOK_FOR_MS = 60 * 60_000;
/** Posts one round looks at (oldest first), and accounts it reads at the same time. */
const ROUND_POSTS = 2_000;
const ACCOUNTS_AT_ONCE = 8;

interface MissingPermalink {
  id: string;
  social_account_id: string;
  platform: Platform;
  platform_post_id: string;
  published_at: Date;
}

/**
 * Instagram answers a publish with a media id only; the public link (a shortcode) has to be read
 * back. That read is kept out of the publish itself, so commit point 2 is stored the moment the
 * platform answers and a slow read never holds a published post in SENDING. Every few seconds this
 * reads the links of the posts still without one: one read of recent posts per account, whatever
 * number of posts it published since. Links not found yet are looked for again next round, for an
 * hour; a post without a link stays published (the link is shown once known).
 */
@Injectable()
export class ResolvePermalinks {
  private readonly logger = new Logger('publishing');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly registry: ConnectorRegistry,
    private readonly accounts: SendingAccounts,
  ) {}

  async execute(): Promise<{ looked: number; resolved: number; accountsFailed: number }> {
    const now = this.clock.now();
    const missing: MissingPermalink[] = await this.dataSource.query(
      `SELECT id, social_account_id, platform, platform_post_id, published_at FROM posts
        WHERE state = 'published' AND permalink IS NULL AND platform_post_id IS NOT NULL
          AND published_at >= $1
        ORDER BY published_at LIMIT ${ROUND_POSTS}`,
      [new Date(now.getTime() - LOOK_FOR_MS)],
    );
    const byAccount = new Map<string, MissingPermalink[]>();
    for (const m of missing) {
      const list = byAccount.get(m.social_account_id);
      if (list) list.push(m);
      else byAccount.set(m.social_account_id, [m]);
    }
    const found: { id: string; platformPostId: string; permalink: string }[] = [];
    let accountsFailed = 0;
    const queue = [...byAccount.values()];
    const readNext = async (): Promise<void> => {
      for (let posts = queue.shift(); posts; posts = queue.shift()) {
        try {
          found.push(...(await this.read(posts)));
        } catch (e) {
          accountsFailed++;
          // An account disconnected since it published: nothing to read with, and nothing to warn about.
          if (e instanceof DomainError) continue;
          this.logger.warn(
            { accountId: posts[0].social_account_id, err: (e as Error).message },
            'reading permalinks failed; next round tries again',
          );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ACCOUNTS_AT_ONCE, queue.length) }, readNext));
    if (found.length) {
      await this.dataSource.query(
        `UPDATE posts p SET permalink = t.permalink, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, platform_post_id, permalink)
          WHERE p.id = t.id AND p.platform_post_id = t.platform_post_id AND p.permalink IS NULL
            AND p.state = 'published'`,
        [
          uuidArray(found.map((f) => f.id)),
          textArray(found.map((f) => f.platformPostId)),
          textArray(found.map((f) => f.permalink)),
        ],
      );
    }
    return { looked: missing.length, resolved: found.length, accountsFailed };
  }

  /** One account's posts: their links from one read of the account's posts since the oldest. */
  private async read(
    posts: MissingPermalink[],
  ): Promise<{ id: string; platformPostId: string; permalink: string }[]> {
    const { credentials } = await this.accounts.get(posts[0].social_account_id);
    const oldest = Math.min(...posts.map((p) => p.published_at.getTime()));
    const recent = await this.registry
      .connector(posts[0].platform)
      .findRecentPosts(credentials, { since: new Date(oldest - 60_000) });
    const links = new Map(recent.posts.filter((r) => r.permalink).map((r) => [r.id, r.permalink!]));
    return posts.flatMap((p) => {
      const permalink = links.get(p.platform_post_id);
      return permalink ? [{ id: p.id, platformPostId: p.platform_post_id, permalink }] : [];
    });
  }
}
