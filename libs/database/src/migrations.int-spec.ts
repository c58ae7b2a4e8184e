import { createTestDatabase, TestDatabase } from '@warta/testing';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('revert and re-apply cleanly (down mirrors up)', async () => {
    const tables = async () =>
      (
        await db.dataSource.query<{ table_name: string }[]>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )
      ).map((r) => r.table_name);
    const before = await tables();
    expect(before).toEqual(expect.arrayContaining(['organizations', 'users', 'memberships', 'audit_events']));
    while ((await db.dataSource.query(`SELECT count(*)::int AS n FROM typeorm_migrations`))[0].n > 0) {
      await db.dataSource.undoLastMigration();
    }
    expect(await tables()).toEqual(['typeorm_migrations']);
    await db.dataSource.runMigrations();
    expect(await tables()).toEqual(before);
  });

  it('refuses to edit or delete audit rows', async () => {
    await expect(db.dataSource.query(`DELETE FROM audit_events`)).resolves.toBeDefined(); // no rows: trigger is per row
    await db.dataSource.query(
      `INSERT INTO audit_events (chain_key, seq, action, subject_type, created_at, prev_hash, hash) VALUES ('global', 1, 'x', 'y', now(), '', 'h')`,
    );
    await expect(db.dataSource.query(`UPDATE audit_events SET action = 'z'`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
