import type { EntityManager } from 'typeorm';

/** A post as an edit left it: its new version and state. */
export interface EditedPost {
  id: string;
  version: number;
  state: string;
}

/**
 * How an edit (or a re-compose of an unedited draft) moves the state and version of the posts it
 * touches. Publishing owns both (DESIGN
 * §3: only its transitions table and repository change `posts.state` and `version`) and hands an
 * implementation to `UpdateDraft` and `CreateDrafts`, which write draft content only: releases sits below
 * publishing and cannot import it, so the caller above supplies the rule.
 */
export interface DraftPostStates {
  /** Throws DRAFT_NOT_EDITABLE when a post in `state` can no longer be edited (a send may be on its way). */
  assertEditable(state: string): void;
  /**
   * After an edit of the content of a post read (and locked) at `version` in `state`: its new
   * version and state, its work void. Null when it moved.
   */
  edited(
    manager: EntityManager,
    post: { id: string; version: number; state: string },
  ): Promise<EditedPost | null>;
  /** Approval withdrawn: the release's posts on their way go back to draft, a new version each. */
  unscheduleRelease(manager: EntityManager, releaseId: string): Promise<EditedPost[]>;
}
