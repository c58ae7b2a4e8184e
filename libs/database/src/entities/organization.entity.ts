import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationKind } from '@warta/core';

export type ApprovalPolicy = 'none' | 'single_step' | 'two_step';
export const APPROVAL_POLICIES: ApprovalPolicy[] = ['none', 'single_step', 'two_step'];

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int' }) depth: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) kind: OrganizationKind;
  @Column({ type: 'text' }) timezone: string;
  @Column({ type: 'text', array: true }) defaultHashtags: string[];
  @Column({ type: 'jsonb' }) settings: Record<string, unknown>;
  @Column({ type: 'text' }) approvalPolicy: ApprovalPolicy;
  /** Minutes a post may be late before it needs a person; null = the configured default. */
  @Column({ type: 'int', nullable: true }) lateToleranceMinutes: number | null;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
