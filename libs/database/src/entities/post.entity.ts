import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Platform, PostState } from '@warta/core';

/** One release on one social account: the editable draft, and later its publishing state. */
@Entity({ name: 'posts' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'uuid' }) releaseId: string;
  @Column({ type: 'uuid' }) socialAccountId: string;
  @Column({ type: 'text' }) platform: Platform;
  @Column({ type: 'jsonb' }) content: Record<string, unknown>;
  @Column({ type: 'text' }) state: PostState;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'timestamptz', nullable: true }) publishAt: Date | null;
  @Column({ type: 'text', nullable: true }) leaseOwner: string | null;
  @Column({ type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
  @Column({ type: 'int' }) attemptCount: number;
  @Column({ type: 'text', nullable: true }) platformPostId: string | null;
  @Column({ type: 'text', nullable: true }) containerId: string | null;
  @Column({ type: 'text', nullable: true }) permalink: string | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'text', nullable: true }) lastErrorClass: string | null;
  @Column({ type: 'text', nullable: true }) lastErrorMessage: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'text', nullable: true }) publishZone: string | null;
  @Column({ type: 'jsonb', nullable: true }) prepared: Record<string, unknown> | null;
  @Column({ type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) currentAttemptId: string | null;
  @Column({ type: 'text', array: true }) childIds: string[];
  @Column({ type: 'uuid', nullable: true }) scheduledBy: string | null;
  @Column({ type: 'timestamptz' }) stateChangedAt: Date;
  @Column({ type: 'int' }) reconcileTries: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
