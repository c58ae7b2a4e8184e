import { Injectable } from '@nestjs/common';
import { DomainError } from '@warta/core';
import { DraftPostStates, EditedPost } from '@warta/releases';
import type { EntityManager } from 'typeorm';
import { PostState } from './post-state';
import { canTransition, statesAllowing, transition } from './post-transitions';
import { PublishingPostsRepository } from './publishing-posts.repository';

/**
 * What editing a draft does to its post's state and version, by the transitions table: the
 * implementation of releases' `DraftPostStates` that `EditPost` hands to `UpdateDraft` (releases,
 * below publishing, writes draft content only).
 */
@Injectable()
export class DraftEditTransitions implements DraftPostStates {
  constructor(private readonly posts: PublishingPostsRepository) {}

  assertEditable(state: string): void {
    if (!canTransition(state as PostState, { type: 'edit' })) {
      throw new DomainError('DRAFT_NOT_EDITABLE', { state });
    }
  }

  /** A draft stays a draft; a post on its way goes back to SCHEDULED as a new version. */
  edited(
    manager: EntityManager,
    post: { id: string; version: number; state: string },
  ): Promise<EditedPost | null> {
    const to = transition(post.state as PostState, { type: 'edit' }).state;
    // Guarded on the state it was read in: the new state follows from that one.
    return this.posts.applyEdit(manager, {
      id: post.id,
      version: post.version,
      from: [post.state as PostState],
      to,
    });
  }

  unscheduleRelease(manager: EntityManager, releaseId: string): Promise<EditedPost[]> {
    return this.posts.moveReleasePosts(manager, {
      releaseId,
      from: statesAllowing('withdraw_approval'),
      to: transition(PostState.Scheduled, { type: 'withdraw_approval' }).state,
    });
  }
}
