export * from './audit-hash';
export * from './audit-trail.service';
export type { AuditEventView, AuditFilter } from './audit-events.repository';
export * from './verify-audit-chain.use-case';
export * from './audit.module';
export * from './audit-checkpoint-store';
export * from './write-audit-checkpoint.use-case';
export * from './list-scoped-audit-events.use-case';
