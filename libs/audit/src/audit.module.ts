import { Global, Module } from '@nestjs/common';
import { AuditCheckpointStore } from './audit-checkpoint-store';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditTrail } from './audit-trail.service';
import { ListScopedAuditEvents } from './list-scoped-audit-events.use-case';
import { VerifyAuditChain } from './verify-audit-chain.use-case';
import { WriteAuditCheckpoint } from './write-audit-checkpoint.use-case';

const PROVIDERS = [
  AuditTrail,
  AuditCheckpointStore,
  VerifyAuditChain,
  WriteAuditCheckpoint,
  ListScopedAuditEvents,
];

/**
 * Owns the append-only, keyed hash-chained audit trail: writing it, reading it scoped, anchoring it
 * in signed checkpoints outside the database, verifying it against both.
 */
@Global()
// The repository stays inside: other libs append through AuditTrail (DESIGN §3).
@Module({ providers: [AuditEventsRepository, ...PROVIDERS], exports: PROVIDERS })
export class AuditModule {}
