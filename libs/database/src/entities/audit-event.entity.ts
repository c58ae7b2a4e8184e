import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) chainKey: string;
  @Column({ type: 'bigint' }) seq: string;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) subjectType: string;
  @Column({ type: 'text', nullable: true }) subjectId: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  @Column({ type: 'text', nullable: true }) requestId: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'text' }) prevHash: string;
  @Column({ type: 'text' }) hash: string;
}
