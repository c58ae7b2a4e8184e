import { Clock, Platform, SystemClock } from '@warta/core';
import { DEMO_TREE, DemoNode } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { SocialAccountsRepository } from '../social-accounts.repository';
import { TokenBundle, TokenVault } from '../token-vault.service';

/** Where the running sandbox is; its control API lives under /__sandbox on the Graph origin. */
export interface DemoSandboxOrigins {
  graphOrigin: string;
}

export interface DemoAccountsSeedOptions {
  /** Unit slugs to seed (default: every unit of the demo tree). */
  units?: string[];
  clock?: Clock;
}

export interface DemoSeededAccount {
  slug: string;
  organizationId: string;
  platform: Platform;
  accountId: string;
  externalId: string;
  handle: string;
}

export interface DemoAccountsSeedResult {
  accounts: DemoSeededAccount[];
}

interface SandboxSeedAnswer {
  x: Array<{
    id: string;
    username: string;
    name: string;
    accessToken: string | null;
    refreshToken: string | null;
    expiresAt: string | null;
    scopes: string[];
  }>;
  facebook: Array<{
    scopes: string[];
    pages: Array<{
      id: string;
      name: string;
      accessToken: string | null;
      instagram: { id: string; username: string } | null;
    }>;
  }>;
}

/** One account the sandbox issued, with its tokens still in the clear until the vault seals them. */
interface DemoIdentity {
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  parentExternalId: string | null;
  bundle: TokenBundle;
  expiresAt: Date | null;
  scopes: string[];
}

function units(node: DemoNode): DemoNode[] {
  return node.kind === 'unit' ? [node] : (node.children ?? []).flatMap(units);
}

/** X usernames are 1–15 of [A-Za-z0-9_]: "lapas-perempuan-bengkulu" -> "lapas_perempuan". */
export function demoXUsername(slug: string): string {
  return slug.replace(/-/g, '_').slice(0, 15).replace(/_+$/, '');
}

/**
 * Demo only: for each demo unit, asks the sandbox (through its control API) for one X user, one
 * Facebook Page and its Instagram account with fresh tokens, and stores them as connected
 * social_accounts of the unit with the tokens sealed by the vault. Idempotent: the sandbox reuses
 * accounts by name and the rows are upserted by (node, platform, external id).
 */
export async function seedDemoAccounts(
  dataSource: DataSource,
  vault: TokenVault,
  sandbox: DemoSandboxOrigins,
  opts: DemoAccountsSeedOptions = {},
): Promise<DemoAccountsSeedResult> {
  const clock = opts.clock ?? new SystemClock();
  const wanted = units(DEMO_TREE).filter((u) => !opts.units || opts.units.includes(u.slug));
  const repo = new SocialAccountsRepository(dataSource);
  const out: DemoSeededAccount[] = [];
  const orgBySlug = await organizationIdsBySlug(dataSource, wanted);

  for (const unit of wanted) {
    const organizationId = orgBySlug.get(unit.slug);
    if (!organizationId)
      throw new Error(`demo unit ${unit.slug} is not in the database; seed the demo tree first`);
    const seeded = await askSandboxForAccounts(sandbox, unit);
    const identities = identitiesOf(unit, seeded);
    await dataSource.transaction(async (m) => {
      for (const i of identities) {
        const account = await repo.upsertConnected(m, {
          organizationId,
          platform: i.platform,
          externalId: i.externalId,
          handle: i.handle,
          displayName: i.displayName,
          parentExternalId: i.parentExternalId,
          sealed: vault.seal(i.bundle),
          expiresAt: i.expiresAt,
          scopes: i.scopes,
          connectedBy: null,
          now: clock.now(),
        });
        out.push({
          slug: unit.slug,
          organizationId,
          platform: i.platform,
          accountId: account.id,
          externalId: i.externalId,
          handle: i.handle,
        });
      }
    });
  }
  return { accounts: out };
}

async function organizationIdsBySlug(
  dataSource: DataSource,
  wanted: DemoNode[],
): Promise<Map<string, string>> {
  const orgRows: Array<{ id: string; slug: string }> = await dataSource.query(
    `SELECT id, slug FROM organizations WHERE slug = ANY($1::text[])`,
    [wanted.map((u) => u.slug)],
  );
  return new Map(orgRows.map((r) => [r.slug, r.id]));
}

/** One X user, one Facebook Page and its Instagram account for the unit, reused by name. */
async function askSandboxForAccounts(
  sandbox: DemoSandboxOrigins,
  unit: DemoNode,
): Promise<SandboxSeedAnswer> {
  const res = await fetch(`${sandbox.graphOrigin.replace(/\/+$/, '')}/__sandbox/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(10_000),
    body: JSON.stringify({
      x: [{ username: demoXUsername(unit.slug), name: `Humas ${unit.name}`, followers: 800 }],
      facebook: [
        {
          name: `Admin Humas ${unit.name}`,
          pages: [
            {
              name: unit.name,
              username: unit.slug.replace(/-/g, ''),
              followers: 2500,
              instagram: { username: unit.slug.replace(/-/g, '.'), name: unit.name, followers: 3200 },
            },
          ],
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`sandbox refused the demo accounts for ${unit.slug}: HTTP ${res.status}`);
  return (await res.json()) as SandboxSeedAnswer;
}

/** The accounts the sandbox issued, as the social_accounts rows of the unit describe them. */
function identitiesOf(unit: DemoNode, seeded: SandboxSeedAnswer): DemoIdentity[] {
  const x = seeded.x[0];
  const fb = seeded.facebook[0];
  const page = fb.pages[0];
  if (!x?.accessToken || !page?.accessToken) throw new Error(`sandbox issued no tokens for ${unit.slug}`);

  return [
    {
      platform: 'x' as const,
      externalId: x.id,
      handle: x.username,
      displayName: x.name,
      parentExternalId: null,
      bundle: { accessToken: x.accessToken, refreshToken: x.refreshToken },
      expiresAt: x.expiresAt ? new Date(x.expiresAt) : null,
      scopes: x.scopes,
    },
    {
      platform: 'facebook' as const,
      externalId: page.id,
      handle: page.name,
      displayName: page.name,
      parentExternalId: null,
      bundle: { accessToken: page.accessToken, refreshToken: null },
      expiresAt: null,
      scopes: fb.scopes,
    },
    ...(page.instagram
      ? [
          {
            platform: 'instagram' as const,
            externalId: page.instagram.id,
            handle: page.instagram.username,
            displayName: unit.name,
            parentExternalId: page.id,
            bundle: { accessToken: page.accessToken, refreshToken: null },
            expiresAt: null,
            scopes: fb.scopes,
          },
        ]
      : []),
  ];
}
