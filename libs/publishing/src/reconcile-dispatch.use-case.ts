import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { Notifier } from '@warta/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { EngineClock } from './engine-clock';
import { transition } from './post-transitions';
import { PublishJobs, PublishJobTarget } from './publish-jobs.service';
import { DISPATCH_BATCH, DispatchRepository, DueRow, WAITING_STATES } from './dispatch.repository';
import { lateMessage, preparesAhead } from './publish-step/publish-rules';
import { PublishingMetrics } from './publishing-metrics';

export interface DispatchReport {
  /** Jobs re-added for rows whose job was gone from Redis. */
  enqueued: number;
  leasesReturned: number;
  tooLate: number;
}

/** A round that is not a full one looks only at posts overdue by this much. */
const OVERDUE_GRACE_MS = 30_000;
const FULL_SCAN_EVERY_MS = 5 * 60_000;

function toTarget(r: DueRow): PublishJobTarget {
  return {
    id: r.id,
    version: r.version,
    platform: r.platform,
    runAt: r.due,
    // Still to be prepared: start early, as scheduling did.
    prepareEarly:
      !r.next_attempt_at &&
      r.state !== 'ready' &&
      preparesAhead(r.platform, { media: r.has_media ? [1] : [] }),
  };
}

/**
 * The safety net every worker runs every 30 s (DESIGN §5.3). Postgres is the truth, Redis only
 * carries work, so it:
 * - makes sure every post due within the horizon has a job (this heals a Redis flush or a job that
 *   ran out of retries) — adds are idempotent per version;
 * - returns expired leases (a worker died): before the send the work is redone, during it the
 *   outcome becomes UNKNOWN and is reconciled;
 * - moves posts too late to go out (per-node tolerance) to NEEDS_REVIEW instead of posting stale
 *   news silently.
 * Rows are taken with FOR UPDATE SKIP LOCKED, so workers running it at once share the work.
 */
@Injectable()
export class ReconcileDispatch {
  private readonly logger = new Logger('dispatch');
  private lastFullScan = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly dispatch: DispatchRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: PublishJobs,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
    private readonly metrics: PublishingMetrics,
    private readonly engineClock: EngineClock,
  ) {}

  async execute(): Promise<DispatchReport> {
    const report: DispatchReport = { enqueued: 0, leasesReturned: 0, tooLate: 0 };
    // First the few rows that must change (locked, so two workers never both change one), then a
    // plain read of everything due that makes sure each has a job: during a burst of due posts that
    // read locks nothing the publishing jobs are about to update.
    for (let round = 0; round < 100; round++) {
      const { targets, count } = await this.settleStuck(report);
      if (targets.length) report.enqueued += await this.jobs.enqueueMissing(targets);
      if (count < DISPATCH_BATCH) break;
    }
    // Jobs go missing in bulk only when Redis loses its data: then every post due within the
    // horizon is looked at. Otherwise only posts overdue by a while (a job lost on its own, or one
    // that ran out of retries) — reading every due row each round during a large burst made the
    // publishers late — with a full look every few minutes all the same.
    // (This process's clock only paces the full scans; what is due is judged on the database's.)
    const now = this.clock.now().getTime();
    const full = (await this.jobs.jobsMayBeLost()) || now - this.lastFullScan >= FULL_SCAN_EVERY_MS;
    if (full) this.lastFullScan = now;
    const upTo = full ? this.config.publishing.reconcileHorizonMs : -OVERDUE_GRACE_MS;
    let after: { due: Date; id: string } | null = null;
    for (;;) {
      const rows = await this.dispatch.dueRows(upTo, after);
      this.engineClock.observe(rows[0]?.db_now);
      const targets = rows.map(toTarget);
      if (targets.length) report.enqueued += await this.jobs.enqueueMissing(targets);
      if (rows.length < DISPATCH_BATCH) break;
      after = { due: rows[rows.length - 1].due, id: rows[rows.length - 1].id };
    }
    if (report.enqueued || report.leasesReturned || report.tooLate)
      this.logger.log({ ...report }, 'dispatch reconciled');
    return report;
  }

  /**
   * Rows whose lease expired (their holder died or hung) and waiting rows too late to go out, taken
   * FOR UPDATE SKIP LOCKED: leases are returned, late posts go to NEEDS_REVIEW. Both only happen
   * to rows that are due (a lease is taken at most the prepare lead ahead), so the scan stays within
   * the due index.
   */
  private settleStuck(report: DispatchReport) {
    return this.dataSource.transaction(async (m) => {
      // Expired leases and "too late" on the database's clock: a worker whose own clock runs ahead
      // must not take a lease another still holds, nor call a post late that is not.
      const rows = await this.dispatch.stuckRows(
        m,
        this.config.publishing.reconcileHorizonMs,
        this.config.publishing.defaultLateToleranceMinutes,
      );
      this.engineClock.observe(rows[0]?.db_now);
      const targets: PublishJobTarget[] = [];
      for (const r of rows) {
        const now = new Date(r.db_now);
        const waiting = WAITING_STATES.includes(r.state);
        const tolerance =
          (r.late_tolerance_minutes ?? this.config.publishing.defaultLateToleranceMinutes) * 60_000;
        if (waiting && now.getTime() - r.publish_at.getTime() > tolerance) {
          await this.tooLate(m, r, now);
          report.tooLate++;
          continue;
        }
        if (r.lease_until) {
          const next = transition(r.state, { type: 'lease_expired' }).state;
          await this.dispatch.returnLease(m, r.id, next);
          report.leasesReturned++;
          targets.push(toTarget({ ...r, state: next }));
        }
      }
      return { targets, count: rows.length };
    });
  }

  private async tooLate(m: EntityManager, r: DueRow, now: Date): Promise<void> {
    const minutes = Math.round((now.getTime() - r.publish_at.getTime()) / 60_000);
    const message = lateMessage(r.publish_at, now);
    await this.dispatch.markTooLate(m, r.id, transition(r.state, { type: 'too_late' }).state, message);
    await this.audit.append(m, {
      organizationId: r.organization_id,
      actorId: null,
      action: 'post.needs_review',
      subjectType: 'post',
      subjectId: r.id,
      reason: `too_late: ${message}`,
      data: { version: r.version, platform: r.platform, from: r.state },
    });
    await this.notifier.notify(m, {
      organizationId: r.organization_id,
      kind: 'post_needs_review',
      postId: r.id,
      socialAccountId: r.social_account_id,
      reason: 'too_late',
      params: { platform: r.platform, minutesLate: minutes },
    });
    this.metrics.outcome(r.platform, 'needs_review');
  }
}
