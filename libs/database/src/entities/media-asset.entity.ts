import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MediaMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'video/mp4';
export const MEDIA_MIMES: MediaMime[] = ['image/jpeg', 'image/png', 'image/webp', 'video/mp4'];

/** An uploaded file; every field except the filename was read from the bytes themselves. */
@Entity({ name: 'media_assets' })
export class MediaAssetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) storageKey: string;
  @Column({ type: 'text' }) mime: MediaMime;
  @Column({ type: 'bigint' }) bytes: string;
  @Column({ type: 'int' }) width: number;
  @Column({ type: 'int' }) height: number;
  @Column({ type: 'int', nullable: true }) durationMs: number | null;
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'text', nullable: true }) originalFilename: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
