import { Global, Module } from '@nestjs/common';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditTrail } from './audit-trail.service';
import { VerifyAuditChain } from './verify-audit-chain.use-case';

/** Owns the append-only, hash-chained audit trail: writing it, reading it scoped, verifying it. */
@Global()
@Module({
  providers: [AuditTrail, AuditEventsRepository, VerifyAuditChain],
  exports: [AuditTrail, AuditEventsRepository, VerifyAuditChain],
})
export class AuditModule {}
