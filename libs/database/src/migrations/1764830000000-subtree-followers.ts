import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `contributions(accounts)`: each of those accounts' entries in `account_followers_daily` from its
 * first affected day `m` on, as the change it makes to the subtree's follower count that day (its
 * count minus the account's previous one, 0 before its first) and, for an account's first entry,
 * its count and 1 account. `accounts` is a relation of (social_account_id, m).
 */
function contributions(accounts: string): string {
  return `
    SELECT x.social_account_id, x.organization_id, x.platform, x.day,
           x.followers - coalesce(x.prev, 0) AS delta,
           CASE WHEN x.prev IS NULL THEN x.followers ELSE 0 END AS first_followers,
           CASE WHEN x.prev IS NULL THEN 1 ELSE 0 END AS accounts
      FROM (
        SELECT f.social_account_id, f.organization_id, f.platform, f.day, f.followers,
               lag(f.followers) OVER (PARTITION BY f.social_account_id ORDER BY f.day) AS prev, a.m
          FROM (${accounts}) a
          JOIN account_followers_daily f ON f.social_account_id = a.social_account_id
           AND f.day >= coalesce((SELECT max(b.day) FROM account_followers_daily b
                                   WHERE b.social_account_id = a.social_account_id AND b.day < a.m), a.m)
      ) x
     WHERE x.day >= x.m`;
}

/**
 * `CREATE OR REPLACE FUNCTION subtree_followers_refresh()`: reads the temp relation
 * subtree_followers_changed (social_account_id, m) and recomputes those accounts from day m on,
 * then runs `afterDiff` (statements that may read `subtree_followers_diff`, the per account-node,
 * platform and day change just applied). EXECUTE: the temp relations are new in every statement.
 */
export function subtreeFollowersRefreshFunction(afterDiff: string): string {
  return `
      CREATE OR REPLACE FUNCTION subtree_followers_refresh() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE $sql$
          CREATE TEMP TABLE subtree_followers_fresh ON COMMIT DROP AS
          ${contributions('SELECT * FROM subtree_followers_changed')}
        $sql$;
        EXECUTE $sql$
          CREATE TEMP TABLE subtree_followers_diff ON COMMIT DROP AS
          SELECT organization_id, platform, day, sum(delta) AS delta, sum(first_followers) AS first_followers,
                 sum(accounts) AS accounts
            FROM (SELECT organization_id, platform, day, delta, first_followers, accounts FROM subtree_followers_fresh
                  UNION ALL
                  SELECT d.organization_id, d.platform, d.day, -d.delta, -d.first_followers, -d.accounts
                    FROM account_followers_delta d JOIN subtree_followers_changed a
                      ON d.social_account_id = a.social_account_id AND d.day >= a.m) u
           GROUP BY 1, 2, 3
          HAVING sum(delta) <> 0 OR sum(first_followers) <> 0 OR sum(accounts) <> 0
        $sql$;
        EXECUTE $sql$
          DELETE FROM account_followers_delta d USING subtree_followers_changed a
           WHERE d.social_account_id = a.social_account_id AND d.day >= a.m
        $sql$;
        EXECUTE $sql$
          INSERT INTO account_followers_delta (social_account_id, day, organization_id, platform, delta, first_followers, accounts)
          SELECT social_account_id, day, organization_id, platform, delta, first_followers, accounts
            FROM subtree_followers_fresh ORDER BY social_account_id, day
        $sql$;
        EXECUTE $sql$
          INSERT INTO subtree_followers_daily AS s (organization_id, platform, day, delta, first_followers, accounts)
          SELECT anc.id, d.platform, d.day, sum(d.delta), sum(d.first_followers), sum(d.accounts)
            FROM subtree_followers_diff d
            JOIN organizations o ON o.id = d.organization_id
            CROSS JOIN LATERAL unnest(string_to_array(btrim(o.path, '/'), '/')::uuid[]) AS anc(id)
           GROUP BY anc.id, d.platform, d.day
           ORDER BY anc.id, d.platform, d.day
          ON CONFLICT (organization_id, platform, day) DO UPDATE SET
            delta = s.delta + EXCLUDED.delta,
            first_followers = s.first_followers + EXCLUDED.first_followers,
            accounts = s.accounts + EXCLUDED.accounts
        $sql$;
${afterDiff}
        DROP TABLE subtree_followers_fresh, subtree_followers_diff;
      END $$`;
}

/**
 * Follower rollup for the leaderboard (issue 6): `subtree_followers_daily` holds, for every node,
 * platform and day, the change in its whole subtree's follower count that day (each account counts
 * from its latest daily figure on), the first counts of accounts first seen that day and how many
 * they are. A child's followers at the end of a day are then the sum of its rows up to that day, and
 * at the start of a range the sum before it plus the first counts of accounts first seen inside it,
 * which is exactly what reading every account's history gave, in one index range per child instead
 * of three lookups per account.
 *
 * Kept by statement-level triggers on `account_followers_daily` (the collector, the demo seed, any
 * backfill), out of order or late days included. `account_followers_delta` remembers each entry's
 * current contribution, so a statement recomputes its accounts' contributions from their first
 * changed day on against the table as it now is, applies the difference to every ancestor-or-self
 * and stores the new contributions: the result does not depend on how a statement's INSERT and
 * UPDATE parts (ON CONFLICT DO UPDATE) are split across triggers. (No foreign key on it: when an
 * account goes, the cascade through `account_followers_daily` must still find what to subtract.) Writers are serialised by a
 * transaction-scoped advisory lock taken before any row is locked (they share the ancestor rows).
 */
export class SubtreeFollowers1764830000000 implements MigrationInterface {
  name = 'SubtreeFollowers1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_followers_delta (
        social_account_id uuid NOT NULL,
        day date NOT NULL,
        organization_id uuid NOT NULL,
        platform text NOT NULL,
        delta bigint NOT NULL,
        first_followers bigint NOT NULL,
        accounts int NOT NULL,
        PRIMARY KEY (social_account_id, day)
      )`);
    await q.query(`
      CREATE TABLE subtree_followers_daily (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        platform text NOT NULL,
        day date NOT NULL,
        delta bigint NOT NULL DEFAULT 0,
        first_followers bigint NOT NULL DEFAULT 0,
        accounts int NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, platform, day)
      )`);
    await q.query(subtreeFollowersRefreshFunction(''));
    await q.query(`
      CREATE FUNCTION subtree_followers_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          CREATE TEMP TABLE subtree_followers_changed ON COMMIT DROP AS
            SELECT social_account_id, min(day) AS m FROM new_rows GROUP BY 1;
        ELSIF TG_OP = 'UPDATE' THEN
          CREATE TEMP TABLE subtree_followers_changed ON COMMIT DROP AS
            SELECT social_account_id, min(day) AS m
              FROM (SELECT social_account_id, day FROM new_rows UNION ALL SELECT social_account_id, day FROM old_rows) c
             GROUP BY 1;
        ELSE
          CREATE TEMP TABLE subtree_followers_changed ON COMMIT DROP AS
            SELECT social_account_id, min(day) AS m FROM old_rows GROUP BY 1;
        END IF;
        PERFORM subtree_followers_refresh();
        DROP TABLE subtree_followers_changed;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION subtree_followers_serialize() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('subtree_followers_daily', 0));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER account_followers_daily_subtree_serialize BEFORE INSERT OR UPDATE OR DELETE ON account_followers_daily
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_followers_serialize()`);
    await q.query(`
      CREATE TRIGGER account_followers_daily_subtree_insert AFTER INSERT ON account_followers_daily
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subtree_followers_apply()`);
    await q.query(`
      CREATE TRIGGER account_followers_daily_subtree_update AFTER UPDATE ON account_followers_daily
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_followers_apply()`);
    await q.query(`
      CREATE TRIGGER account_followers_daily_subtree_delete AFTER DELETE ON account_followers_daily
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subtree_followers_apply()`);
    await q.query(`
      CREATE FUNCTION subtree_followers_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE account_followers_delta, subtree_followers_daily;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER account_followers_daily_subtree_truncate AFTER TRUNCATE ON account_followers_daily
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_followers_truncate()`);
    // Backfill: every account from its first day on.
    await q.query(`
      CREATE TEMP TABLE subtree_followers_changed AS
        SELECT social_account_id, min(day) AS m FROM account_followers_daily GROUP BY 1`);
    await q.query(`SELECT subtree_followers_refresh()`);
    await q.query(`DROP TABLE subtree_followers_changed`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_followers_daily_subtree_truncate ON account_followers_daily`);
    await q.query(`DROP TRIGGER account_followers_daily_subtree_delete ON account_followers_daily`);
    await q.query(`DROP TRIGGER account_followers_daily_subtree_update ON account_followers_daily`);
    await q.query(`DROP TRIGGER account_followers_daily_subtree_insert ON account_followers_daily`);
    await q.query(`DROP TRIGGER account_followers_daily_subtree_serialize ON account_followers_daily`);
    await q.query(`DROP FUNCTION subtree_followers_truncate()`);
    await q.query(`DROP FUNCTION subtree_followers_serialize()`);
    await q.query(`DROP FUNCTION subtree_followers_apply()`);
    await q.query(`DROP FUNCTION subtree_followers_refresh()`);
    await q.query(`DROP TABLE subtree_followers_daily`);
    await q.query(`DROP TABLE account_followers_delta`);
  }
}
