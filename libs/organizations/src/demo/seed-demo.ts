import { DataSource, EntityManager } from 'typeorm';
import { DEMO_TREE, DEMO_USERS, DemoNode } from './demo-tree';

export interface SeedResult {
  organizations: Record<string, string>;
  users: Record<string, string>;
  created: { organizations: number; users: number; memberships: number };
}

/**
 * Idempotent: nodes are matched by slug, users by email, memberships by (user, node, role), so
 * running it twice changes nothing. Takes the password hash so callers choose the hashing cost.
 */
export async function seedDemo(dataSource: DataSource, passwordHash: string): Promise<SeedResult> {
  return dataSource.transaction(async (m) => {
    const result: SeedResult = {
      organizations: {},
      users: {},
      created: { organizations: 0, users: 0, memberships: 0 },
    };
    await upsertNode(m, DEMO_TREE, null, result);
    for (const u of DEMO_USERS) {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
        [u.email, u.name, passwordHash],
      );
      if (inserted.length) result.created.users++;
      const id =
        inserted[0]?.id ?? (await m.query(`SELECT id FROM users WHERE lower(email) = $1`, [u.email]))[0].id;
      result.users[u.email] = id;
      for (const g of u.grants) {
        const r: unknown[] = await m.query(
          `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, organization_id, role) DO NOTHING RETURNING id`,
          [id, result.organizations[g.slug], g.role],
        );
        result.created.memberships += r.length;
      }
    }
    return result;
  });
}

async function upsertNode(
  m: EntityManager,
  node: DemoNode,
  parent: { id: string; path: string; depth: number } | null,
  result: SeedResult,
): Promise<void> {
  const existing: { id: string; path: string; depth: number }[] = await m.query(
    `SELECT id, path, depth FROM organizations WHERE slug = $1`,
    [node.slug],
  );
  let row = existing[0];
  if (!row) {
    const inserted: { id: string; path: string; depth: number }[] = await m.query(
      `WITH id AS (SELECT gen_random_uuid() AS id)
       INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind, timezone, default_hashtags, settings)
       SELECT id.id, $1, $2 || id.id::text || '/', $3, $4, $5, $6, $7, $8, $9 FROM id RETURNING id, path, depth`,
      [
        parent?.id ?? null,
        parent?.path ?? '/',
        parent ? parent.depth + 1 : 0,
        node.name,
        node.slug,
        node.kind,
        node.timezone,
        node.defaultHashtags,
        JSON.stringify(node.settings ?? {}),
      ],
    );
    row = inserted[0];
    result.created.organizations++;
  }
  result.organizations[node.slug] = row.id;
  for (const child of node.children ?? []) await upsertNode(m, child, row, result);
}
