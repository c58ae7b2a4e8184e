import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A media asset attached to a release, in order, with its alt text (alt text describes the use). */
@Entity({ name: 'release_media' })
export class ReleaseMediaEntity {
  @PrimaryColumn({ type: 'uuid' }) releaseId: string;
  @PrimaryColumn({ type: 'uuid' }) assetId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text', nullable: true }) altText: string | null;
}
