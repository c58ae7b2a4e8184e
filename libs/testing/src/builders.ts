import { randomBytes, randomUUID } from 'node:crypto';
import { OrganizationKind, Platform, PostState, Role } from '@warta/core';

/*
 * Builders of test rows (STYLE "Tests": build data with a context, not INSERTs in every file).
 * Each writes plain rows with SQL, the way the migrations define them: no use case runs, nothing
 * is audited, nothing is mocked. Each has defaults a test need not think about, takes overrides
 * for what the test is about, and returns the ids (and the values it chose) the test goes on with.
 * They take a DataSource or the EntityManager of a transaction.
 */

/** Anything that runs SQL: a DataSource, or the EntityManager of a transaction. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own return type.
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** A point in time: a Date, or an ISO 8601 string with its offset. */
export type TestTime = Date | string;

const suffix = () => randomBytes(4).toString('hex');
const iso = (t: TestTime | null | undefined) => (t == null ? null : new Date(t).toISOString());

// ---------------------------------------------------------------------------------------------
// Organizations

export interface UnitOverrides {
  id?: string;
  /** The node it hangs under; none makes a root. Its path and depth follow from the parent's. */
  parentId?: string | null;
  name?: string;
  slug?: string;
  kind?: OrganizationKind;
  /** IANA zone; the schema's own default, Asia/Jakarta (WIB), unless given. */
  timezone?: string;
}

export interface TestUnit {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  slug: string;
  kind: OrganizationKind;
  timezone: string;
}

/** An organization node (a unit unless `kind` says otherwise), under `parentId` or at the root. */
export async function aUnit(db: Queryable, overrides: UnitOverrides = {}): Promise<TestUnit> {
  const id = overrides.id ?? randomUUID();
  const slug = overrides.slug ?? `unit-${suffix()}`;
  const parentId = overrides.parentId ?? null;
  const rows: Array<{
    id: string;
    parent_id: string | null;
    path: string;
    depth: number;
    name: string;
    slug: string;
    kind: OrganizationKind;
    timezone: string;
  }> = await db.query(
    `INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind, timezone)
     SELECT $1::uuid, p.id, coalesce(p.path, '/') || $1 || '/', coalesce(p.depth + 1, 0), $3, $4, $5, $6
       FROM (VALUES (1)) AS one LEFT JOIN organizations p ON p.id = $2::uuid
      WHERE $2::uuid IS NULL OR p.id IS NOT NULL
     RETURNING id, parent_id, path, depth, name, slug, kind, timezone`,
    [
      id,
      parentId,
      overrides.name ?? slug,
      slug,
      overrides.kind ?? 'unit',
      overrides.timezone ?? 'Asia/Jakarta',
    ],
  );
  if (!rows.length) throw new Error(`aUnit: no parent organization ${parentId}`);
  const r = rows[0];
  return {
    id: r.id,
    parentId: r.parent_id,
    path: r.path,
    depth: r.depth,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    timezone: r.timezone,
  };
}

// ---------------------------------------------------------------------------------------------
// Users and memberships

export interface UserOverrides {
  id?: string;
  email?: string;
  name?: string;
  /** Not a real hash unless given: a built user cannot log in by default. */
  passwordHash?: string;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

/** An active user. */
export async function aUser(db: Queryable, overrides: UserOverrides = {}): Promise<TestUser> {
  const email = overrides.email ?? `user-${suffix()}@warta.test`;
  const [r]: Array<{ id: string; email: string; name: string }> = await db.query(
    `INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id, email, name`,
    [
      overrides.id ?? randomUUID(),
      email,
      overrides.name ?? email.split('@')[0],
      overrides.passwordHash ?? 'x',
    ],
  );
  return r;
}

export interface MembershipInput {
  userId: string;
  organizationId: string;
  role?: Role;
}

export interface TestMembership {
  id: string;
  userId: string;
  organizationId: string;
  role: Role;
}

/** A membership: `role` (editor unless given) on the node and everything below it. */
export async function aMembership(db: Queryable, input: MembershipInput): Promise<TestMembership> {
  const role = input.role ?? 'editor';
  const [r]: Array<{ id: string }> = await db.query(
    `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3) RETURNING id`,
    [input.userId, input.organizationId, role],
  );
  return { id: r.id, userId: input.userId, organizationId: input.organizationId, role };
}

// ---------------------------------------------------------------------------------------------
// Social accounts

export type TestAccountStatus = 'active' | 'needs_reconnect' | 'limited' | 'disconnected';

/**
 * The token columns of a row, as libs/accounts' `TokenVault.seal()` returns them (its `SealedTokens`
 * has this shape). libs/testing cannot seal: a test that needs working tokens seals them itself.
 */
export interface SealedTokenColumns {
  ciphertext: string;
  dataKey: string;
  keyVersion: number;
}

export interface AccountInput {
  organizationId: string;
  platform?: Platform;
  externalId?: string;
  /** The handle; also the display name unless that is given. */
  handle?: string;
  displayName?: string;
  /** Instagram: the id of the Facebook Page the account hangs off. */
  parentExternalId?: string | null;
  status?: TestAccountStatus;
  /** No tokens unless given (composing, listing and dashboards never read them). */
  tokens?: SealedTokenColumns | null;
  expiresAt?: TestTime | null;
  scopes?: string[];
  /** Local times ("08:00") for "next free slot" scheduling. */
  postingSlots?: string[];
}

export interface TestAccount {
  id: string;
  organizationId: string;
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  status: TestAccountStatus;
}

/** A connected social account (`social_accounts` row) of a node: active, on X, unless told otherwise. */
export async function aConnectedAccount(db: Queryable, input: AccountInput): Promise<TestAccount> {
  const platform = input.platform ?? 'x';
  const externalId = input.externalId ?? `${platform}-${suffix()}`;
  const handle = input.handle ?? externalId;
  const displayName = input.displayName ?? handle;
  const status = input.status ?? 'active';
  const [r]: Array<{ id: string }> = await db.query(
    `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name, parent_external_id,
       status, token_ciphertext, token_data_key, token_key_version, expires_at, scopes, posting_slots)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      input.organizationId,
      platform,
      externalId,
      handle,
      displayName,
      input.parentExternalId ?? null,
      status,
      input.tokens?.ciphertext ?? null,
      input.tokens?.dataKey ?? null,
      input.tokens?.keyVersion ?? null,
      iso(input.expiresAt),
      input.scopes ?? [],
      input.postingSlots ?? [],
    ],
  );
  return {
    id: r.id,
    organizationId: input.organizationId,
    platform,
    externalId,
    handle,
    displayName,
    status,
  };
}

// ---------------------------------------------------------------------------------------------
// Releases and posts

export type TestReleaseStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'archived';

export interface ReleaseInput {
  organizationId: string;
  authorId?: string | null;
  title?: string;
  body?: string;
  linkUrl?: string | null;
  status?: TestReleaseStatus;
  version?: number;
  /** When it entered review: now for a release built in_review, unless given. */
  submittedAt?: TestTime | null;
}

export interface TestRelease {
  id: string;
  organizationId: string;
  title: string;
  status: TestReleaseStatus;
  version: number;
}

/** A release of a node: a draft titled "Rilis" unless told otherwise. */
export async function aRelease(db: Queryable, input: ReleaseInput): Promise<TestRelease> {
  const title = input.title ?? 'Rilis';
  const status = input.status ?? 'draft';
  const version = input.version ?? 1;
  const submittedAt =
    input.submittedAt === undefined ? (status === 'in_review' ? new Date() : null) : input.submittedAt;
  const [r]: Array<{ id: string }> = await db.query(
    `INSERT INTO releases (organization_id, author_id, title, body, link_url, status, version, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.organizationId,
      input.authorId ?? null,
      title,
      input.body ?? 'Isi rilis.',
      input.linkUrl ?? null,
      status,
      version,
      iso(submittedAt),
    ],
  );
  return { id: r.id, organizationId: input.organizationId, title, status, version };
}

/** A post state, as the enum or its string ('scheduled'). */
export type TestPostState = PostState | `${PostState}`;

export interface PostInput {
  /** The account it goes out on: the post's node and platform are the account's. */
  socialAccountId: string;
  /** Its release; without one, a release of the account's node is built (approved, see `release`). */
  releaseId?: string;
  /** Overrides for the release built when no `releaseId` is given. */
  release?: Omit<ReleaseInput, 'organizationId'>;
  state?: TestPostState;
  version?: number;
  /** posts.content (jsonb). */
  content?: Record<string, unknown>;
  publishAt?: TestTime | null;
  /** The zone publish_at was picked in; null (the node's zone applies) unless given. */
  publishZone?: string | null;
  publishedAt?: TestTime | null;
  platformPostId?: string | null;
  permalink?: string | null;
  lastError?: { class: string; message: string } | null;
}

export interface TestPost {
  id: string;
  releaseId: string;
  organizationId: string;
  socialAccountId: string;
  platform: Platform;
  state: PostState;
  version: number;
  publishAt: Date | null;
  publishZone: string | null;
}

/** What a composed draft holds (libs/releases' DraftContent), with nothing attached. */
export const TEST_POST_CONTENT = { text: 'Isi rilis.', hashtags: [], mentions: [], media: [], edited: false };

/** A post (one release x one account) in any state, written as a row: no transition runs. */
export async function aPost(db: Queryable, input: PostInput): Promise<TestPost> {
  const account = await accountOf(db, input.socialAccountId);
  const releaseId =
    input.releaseId ??
    (await aRelease(db, { status: 'approved', ...input.release, organizationId: account.organization_id }))
      .id;
  const [r]: Array<{
    id: string;
    state: PostState;
    version: number;
    publish_at: Date | null;
    publish_zone: string | null;
  }> = await db.query(
    `INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, state, version,
       publish_at, publish_zone, published_at, platform_post_id, permalink, last_error_class, last_error_message)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id, state, version, publish_at, publish_zone`,
    [
      account.organization_id,
      releaseId,
      input.socialAccountId,
      account.platform,
      JSON.stringify(input.content ?? TEST_POST_CONTENT),
      input.state ?? PostState.Draft,
      input.version ?? 1,
      iso(input.publishAt),
      input.publishZone ?? null,
      iso(input.publishedAt),
      input.platformPostId ?? null,
      input.permalink ?? null,
      input.lastError?.class ?? null,
      input.lastError?.message ?? null,
    ],
  );
  return {
    id: r.id,
    releaseId,
    organizationId: account.organization_id,
    socialAccountId: input.socialAccountId,
    platform: account.platform,
    state: r.state,
    version: r.version,
    publishAt: r.publish_at,
    publishZone: r.publish_zone,
  };
}

export interface ScheduledPostInput extends Omit<PostInput, 'state' | 'publishZone'> {
  /** A day from now unless given. */
  publishAt?: TestTime;
  /** The account's node's zone unless given (as scheduling stores it); null leaves it unset. */
  publishZone?: string | null;
}

/**
 * A post in SCHEDULED as scheduling leaves it: version 2 (the draft was version 1), a publish_at
 * (a day from now) and the zone it was picked in; its release approved. No job is queued: the
 * worker's reconciler, or the test, enqueues it.
 */
export async function aScheduledPost(db: Queryable, input: ScheduledPostInput): Promise<TestPost> {
  const zone =
    input.publishZone === undefined
      ? (await accountOf(db, input.socialAccountId)).timezone
      : input.publishZone;
  return aPost(db, {
    version: 2,
    ...input,
    state: PostState.Scheduled,
    publishAt: input.publishAt ?? new Date(Date.now() + 24 * 60 * 60 * 1000),
    publishZone: zone,
  });
}

async function accountOf(
  db: Queryable,
  socialAccountId: string,
): Promise<{ organization_id: string; platform: Platform; timezone: string }> {
  const [row] = await db.query(
    `SELECT a.organization_id, a.platform, o.timezone
       FROM social_accounts a JOIN organizations o ON o.id = a.organization_id
      WHERE a.id = $1`,
    [socialAccountId],
  );
  if (!row) throw new Error(`no social account ${socialAccountId} to build a post on`);
  return row;
}
