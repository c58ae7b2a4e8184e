import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCOUNT_STATUS,
  DATE_TIME,
  FREE_OBJECT,
  listOf,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
  pageOf,
  PLATFORM,
  POST_STATE,
} from '../openapi/api-schemas';

export class PostErrorView {
  @ApiProperty({ example: 'rate_limited', description: "The error's kind (platforms/README.md taxonomy)." })
  class: string;
  @ApiProperty({ ...NULLABLE_STRING, description: "The platform's error in plain words." })
  message: string | null;
}

export class PostAccountView {
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ ...ACCOUNT_STATUS }) status: string;
}

export class PostAttemptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The post version it sent.' }) version: number;
  @ApiProperty({ enum: ['post', 'thread_part', 'first_comment'], enumName: 'AttemptKind' }) kind: string;
  @ApiProperty({ description: '0 for the post itself, n for thread part n.' }) part: number;
  @ApiProperty({ ...DATE_TIME }) startedAt: string;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) finishedAt: string | null;
  @ApiProperty({
    enum: ['pending', 'sent', 'rejected', 'unknown', 'found', 'absent', 'resolved'],
    enumName: 'AttemptOutcome',
  })
  outcome: string;
  @ApiProperty({ ...NULLABLE_STRING }) platformId: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: "The platform's error in plain words." }) error:
    string | null;
}

/** The latest metric snapshot of a published post. null = the platform did not report it (never 0). */
export class PostMetricsView {
  @ApiProperty({ ...DATE_TIME }) capturedAt: string;
  @ApiProperty({ type: Number, nullable: true }) views: number | null;
  @ApiProperty({ type: Number, nullable: true }) reach: number | null;
  @ApiProperty({ type: Number, nullable: true }) likes: number | null;
  @ApiProperty({ type: Number, nullable: true }) comments: number | null;
  @ApiProperty({ type: Number, nullable: true }) shares: number | null;
  @ApiProperty({ type: Number, nullable: true }) saves: number | null;
  @ApiProperty({ type: Number, nullable: true }) clicks: number | null;
}

/** One change a person made to the post, from the audit trail (schedule, edit, cancel, resolve). */
export class PostHistoryEntryView {
  @ApiProperty({ example: 'post.scheduled' }) action: string;
  @ApiProperty({ ...DATE_TIME }) at: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) actorEmail: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) reason: string | null;
  @ApiProperty({ ...FREE_OBJECT }) data: Record<string, unknown>;
}

export class PostMediaRefView {
  @ApiProperty({ enum: ['asset', 'rendition'], enumName: 'DraftMediaSource' }) source: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid', description: 'null for a title card.' }) assetId:
    string | null;
  @ApiProperty({ enum: ['original', 'instagram_padded', 'title_card'], enumName: 'DraftMediaPurpose' })
  purpose: string;
  @ApiProperty({ enum: ['image', 'video'], enumName: 'MediaKind' }) mediaKind: string;
  @ApiProperty() mime: string;
  @ApiProperty() bytes: number;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiPropertyOptional() altText?: string;
}

/** What the post sends (posts.content). */
export class PostContentView {
  @ApiProperty() text: string;
  @ApiPropertyOptional({ type: [String] }) thread?: string[];
  @ApiPropertyOptional() firstComment?: string;
  @ApiProperty({ type: [String] }) hashtags: string[];
  @ApiProperty({ type: [String] }) mentions: string[];
  @ApiProperty({ type: [PostMediaRefView] }) media: PostMediaRefView[];
  @ApiProperty({ description: 'A person edited the draft.' }) edited: boolean;
}

/** A post as people see it: where it is in its life, when (in its node's zone), and what came of it. */
export class PostView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) releaseId: string;
  @ApiProperty() releaseTitle: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) socialAccountId: string;
  @ApiProperty({ type: PostAccountView }) account: PostAccountView;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...POST_STATE }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'With the offset of `publishZone`.' })
  publishAt: string | null;
  @ApiProperty({ ...NULLABLE_STRING, example: 'Asia/Jakarta' }) publishZone: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) publishedAt: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) platformPostId: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) permalink: string | null;
  @ApiProperty({ type: [String], description: 'Platform ids of thread parts / first comment sent.' })
  childIds: string[];
  @ApiProperty() attemptCount: number;
  @ApiProperty({ type: PostErrorView, nullable: true }) lastError: PostErrorView | null;
  @ApiProperty({
    enum: ['schedule', 'edit', 'cancel', 'mark_published', 'send_again'],
    enumName: 'PostAction',
    isArray: true,
    description:
      'What its state allows a person to do (your role may still refuse: 403). mark_published / send_again are the resolve choices (POST posts/:id/resolve): mark_published when you found the post on the platform (give its link), send_again to publish it now as a new version.',
  })
  actions: string[];
  @ApiProperty({ type: PostContentView }) content: PostContentView;
}

/** GET posts/:id: the post with its send attempts, latest metrics and the people's changes. */
export class PostDetailView extends PostView {
  @ApiProperty({ type: [PostAttemptView], description: 'Every send attempt, oldest first.' })
  attempts: PostAttemptView[];
  @ApiProperty({ type: PostMetricsView, nullable: true, description: 'null until metrics were collected.' })
  metrics: PostMetricsView | null;
  @ApiProperty({ type: [PostHistoryEntryView], description: 'Audited changes, oldest first.' })
  history: PostHistoryEntryView[];
}

export const PostViewList = listOf(PostView, 'PostViewList');

export class PostingSlotsView {
  @ApiProperty({ format: 'uuid' }) socialAccountId: string;
  @ApiProperty({ type: [String], example: ['08:00', '12:00'] }) slots: string[];
  @ApiProperty({ example: 'Asia/Jakarta' }) zone: string;
  @ApiProperty() version: number;
}

export class PostOrganizationRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) timezone: string;
}

export class PostAccountRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
}

/** A row of GET posts. */
export class PostListItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) releaseId: string;
  @ApiProperty() releaseTitle: string;
  @ApiProperty({ type: PostOrganizationRefView }) organization: PostOrganizationRefView;
  @ApiProperty({ type: PostAccountRefView }) account: PostAccountRefView;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...POST_STATE }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({
    ...NULLABLE_DATE_TIME,
    description: "With the offset of the post's zone (else its node's).",
  })
  publishAt: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) publishedAt: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) permalink: string | null;
  @ApiProperty({ description: 'The first 200 characters of the text.' }) excerpt: string;
  @ApiProperty({ type: PostErrorView, nullable: true }) lastError: PostErrorView | null;
}

export const PostPage = pageOf(PostListItemView, 'PostPage');
