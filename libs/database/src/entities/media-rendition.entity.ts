import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RenditionPurpose = 'instagram_padded' | 'title_card';

/** A derived image (padded for Instagram, or a title card) stored next to the originals. */
@Entity({ name: 'media_renditions' })
export class MediaRenditionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'uuid', nullable: true }) assetId: string | null;
  @Column({ type: 'text' }) purpose: RenditionPurpose;
  @Column({ type: 'text' }) storageKey: string;
  @Column({ type: 'text' }) mime: string;
  @Column({ type: 'bigint' }) bytes: string;
  @Column({ type: 'int' }) width: number;
  @Column({ type: 'int' }) height: number;
  @Column({ type: 'text' }) sha256: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
