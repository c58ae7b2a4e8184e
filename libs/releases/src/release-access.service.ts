import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@warta/core';
import { AccessScope } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { EntityManager } from 'typeorm';
import type { Release } from './release';
import { ReleasesRepository } from './releases.repository';

/**
 * The one way use cases reach a release: outside the caller's subtree it does not exist (404); inside
 * it but without release:write on its node, changing it is forbidden (403).
 */
@Injectable()
export class ReleaseAccess {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly releases: ReleasesRepository,
  ) {}

  async forRead(actor: Actor, id: string, manager?: EntityManager): Promise<Release> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead, manager);
    const release = await this.releases.findInScope(scope, id, manager);
    if (!release) throw new DomainError('NOT_FOUND');
    return release;
  }

  /** The release inside `scope`, row-locked until the transaction ends; NOT_FOUND outside it. */
  async findLocked(scope: AccessScope, id: string, manager: EntityManager): Promise<Release> {
    const release = await this.releases.findInScope(scope, id, manager, true);
    if (!release) throw new DomainError('NOT_FOUND');
    return release;
  }

  /**
   * For a change: inside a transaction, pass `lock` to hold the row until commit; without one (a
   * permission check before slow work), leave it false.
   */
  async forWrite(actor: Actor, id: string, manager: EntityManager, lock = true): Promise<Release> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead, manager);
    const release = await this.releases.findInScope(scope, id, manager, lock);
    if (!release) throw new DomainError('NOT_FOUND');
    await this.scopes.requireNode(actor.userId, release.organizationId, Permission.ReleaseWrite, manager);
    return release;
  }
}
