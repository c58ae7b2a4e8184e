import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ReleaseStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'archived';
export const RELEASE_STATUSES: ReleaseStatus[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'archived',
];

/** A press release ("rilis") of one org node. */
@Entity({ name: 'releases' })
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text', nullable: true }) linkUrl: string | null;
  @Column({ type: 'date', nullable: true }) eventDate: string | null;
  @Column({ type: 'text' }) language: 'id' | 'en';
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ type: 'text' }) status: ReleaseStatus;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
