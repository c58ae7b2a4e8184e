import { Injectable, Logger } from '@nestjs/common';
import { VerifyAuditChain, WriteAuditCheckpoint } from '@warta/audit';
import { PurgeExpiredSessions } from '@warta/identity';
import { JobHandler, JobName } from '@warta/queue';

/** Thin: each handler calls one use case and logs its outcome. */
@Injectable()
export class MaintenanceHandlers {
  private readonly logger = new Logger('maintenance');

  constructor(
    private readonly purgeExpiredSessions: PurgeExpiredSessions,
    private readonly verifyAuditChain: VerifyAuditChain,
    private readonly writeAuditCheckpoint: WriteAuditCheckpoint,
  ) {}

  @JobHandler(JobName.PurgeExpiredSessions)
  async purgeSessions() {
    const result = await this.purgeExpiredSessions.execute();
    this.logger.log({ ...result }, 'purged expired sessions');
    return result;
  }

  @JobHandler(JobName.WriteAuditCheckpoint)
  async auditCheckpoint() {
    const result = await this.writeAuditCheckpoint.execute();
    return { written: result.written, chains: result.chains, refused: result.refused };
  }

  @JobHandler(JobName.VerifyAuditChain)
  async verifyAudit() {
    const result = await this.verifyAuditChain.execute();
    if (!result.ok) this.logger.error({ firstBroken: result.firstBroken }, 'AUDIT TRAIL BROKEN');
    else this.logger.log({ events: result.events, chains: result.chains }, 'audit trail intact');
    return { ok: result.ok, firstBroken: result.firstBroken };
  }
}
