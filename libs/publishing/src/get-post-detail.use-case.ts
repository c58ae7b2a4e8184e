import { Injectable } from '@nestjs/common';
import { AuditEventView, ListScopedAuditEvents } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { PostsQuery, PostView } from './posts-query';

/** Changes shown on a post's timeline (a post sees a handful; this only bounds a pathological one). */
const POST_HISTORY_LIMIT = 200;

export interface PostDetail {
  /** With every send attempt. */
  post: PostView;
  /** The changes people made to the post, newest first. */
  history: AuditEventView[];
}

/** A post of the caller's subtree(s) with its send attempts and audited changes (404 outside them). */
@Injectable()
export class GetPostDetail {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly query: PostsQuery,
    private readonly listAuditEvents: ListScopedAuditEvents,
  ) {}

  async execute(actor: Actor, id: string): Promise<PostDetail> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    const post = await this.query.view(scope, id, true);
    if (!post) throw new DomainError('NOT_FOUND');
    const history = await this.listAuditEvents.execute(scope, {
      subjectType: 'post',
      subjectId: id,
      limit: POST_HISTORY_LIMIT,
    });
    return { post, history: history.items };
  }
}
