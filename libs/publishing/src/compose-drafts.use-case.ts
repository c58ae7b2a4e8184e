import { Injectable } from '@nestjs/common';
import { Actor, Language } from '@warta/core';
import { CreateDrafts, CreateDraftsInput, CreateDraftsResult } from '@warta/releases';
import { DraftEditTransitions } from './draft-edit-transitions';

/**
 * Composes (or re-composes) a release's drafts, one per connected account: the release lib writes
 * the content, and a refreshed draft gets its new version by the transitions table, as an edit does.
 */
@Injectable()
export class ComposeDrafts {
  constructor(
    private readonly createDrafts: CreateDrafts,
    private readonly transitions: DraftEditTransitions,
  ) {}

  execute(actor: Actor, input: CreateDraftsInput, lang: Language): Promise<CreateDraftsResult> {
    return this.createDrafts.execute(actor, input, lang, this.transitions);
  }
}
