import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Platform } from '@warta/core';

export type SocialAccountStatus = 'active' | 'needs_reconnect' | 'limited' | 'disconnected';

@Entity({ name: 'social_accounts' })
export class SocialAccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) platform: Platform;
  @Column({ type: 'text' }) externalId: string;
  @Column({ type: 'text' }) handle: string;
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'text', nullable: true }) parentExternalId: string | null;
  @Column({ type: 'text', nullable: true, select: false }) tokenCiphertext: string | null;
  @Column({ type: 'text', nullable: true, select: false }) tokenDataKey: string | null;
  @Column({ type: 'int', nullable: true }) tokenKeyVersion: number | null;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'text', array: true }) scopes: string[];
  @Column({ type: 'text' }) status: SocialAccountStatus;
  /** Local "HH:MM" times (node's zone) used by "next free slot". */
  @Column({ type: 'text', array: true }) postingSlots: string[];
  @Column({ type: 'text', nullable: true }) statusReason: string | null;
  @Column({ type: 'uuid', nullable: true }) connectedBy: string | null;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
