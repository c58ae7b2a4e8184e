import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VerifyAuditChain } from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { ApiTestContext, createApiTestContext } from './api-test-context';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

/** Runs the real `npm run audit:verify` entry point against this file's database (and checkpoints). */
async function auditVerifyCli(
  databaseUrl: string,
  config: AppConfig,
): Promise<{ code: number; out: string }> {
  try {
    const r = await run(process.execPath, [join(ROOT, 'scripts/run.js'), 'audit:verify'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, AUDIT_CHECKPOINT_DIR: config.audit.checkpointDir },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('audit trail verification (real Postgres)', () => {
  let ctx: ApiTestContext;
  let verify: VerifyAuditChain;
  let config: AppConfig;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    config = ctx.app.get(APP_CONFIG);
    verify = new VerifyAuditChain(ctx.dataSource, config);
    const admin = await ctx.tokenFor('admin');
    // A few real, audited changes on two nodes' chains.
    for (const [slug, tags] of [
      ['rutan-bengkulu', ['RutanBengkulu', 'WBBM']],
      ['rutan-bengkulu', ['RutanBengkulu']],
      ['lapas-bengkulu', ['LapasBengkulu', 'Humas']],
    ] as const) {
      const v = await ctx.dataSource.query(`SELECT version FROM organizations WHERE slug = $1`, [slug]);
      await ctx.http
        .patch(`/api/v1/organizations/${ctx.org(slug)}`)
        .set('Authorization', admin)
        .send({ version: v[0].version, defaultHashtags: tags, reason: 'perbarui tagar' })
        .expect(200);
    }
  });
  afterAll(() => ctx.close());

  const tamper = async (sql: string, params: unknown[] = []) => {
    // Only a superuser bypassing the append-only trigger can do this: exactly the attack verify must catch.
    await ctx.dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await ctx.dataSource.query(sql, params);
    } finally {
      await ctx.dataSource.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
  };

  it('an untouched trail verifies, through the use case and the npm script', async () => {
    const result = await verify.execute();
    expect(result).toMatchObject({ ok: true, events: 3, firstBroken: null });
    const cli = await auditVerifyCli(ctx.db.url, config);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('audit trail intact: 3 events');
  });

  it('catches an edited row and names it', async () => {
    const [row] = await ctx.dataSource.query(
      `SELECT id::text AS id, seq::text AS seq FROM audit_events WHERE organization_id = $1 ORDER BY seq LIMIT 1`,
      [ctx.org('rutan-bengkulu')],
    );
    await tamper(`UPDATE audit_events SET reason = 'bukan alasan asli' WHERE id = $1`, [row.id]);
    const result = await verify.execute();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({
      chainKey: ctx.org('rutan-bengkulu'),
      seq: row.seq,
      eventId: row.id,
      problem: 'hash_mismatch',
    });
    const cli = await auditVerifyCli(ctx.db.url, config);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`event id ${row.id}`);
    await tamper(`UPDATE audit_events SET reason = 'perbarui tagar' WHERE id = $1`, [row.id]);
    expect((await verify.execute()).ok).toBe(true);
  });

  it('catches a deleted row in the middle of a chain', async () => {
    const admin = await ctx.tokenFor('admin');
    const v = await ctx.dataSource.query(`SELECT version FROM organizations WHERE slug = 'rutan-bengkulu'`);
    await ctx.http
      .patch(`/api/v1/organizations/${ctx.org('rutan-bengkulu')}`)
      .set('Authorization', admin)
      .send({ version: v[0].version, name: 'Rutan Kelas IIB Bengkulu' })
      .expect(200);
    const [saved] = await ctx.dataSource.query(
      `SELECT * FROM audit_events WHERE organization_id = $1 AND seq = 2`,
      [ctx.org('rutan-bengkulu')],
    );
    await tamper(`DELETE FROM audit_events WHERE id = $1`, [saved.id]);
    const result = await verify.execute();
    expect(result.firstBroken).toMatchObject({
      chainKey: ctx.org('rutan-bengkulu'),
      seq: '2',
      problem: 'missing_rows',
    });
    // Put it back exactly as it was: the chain verifies again, so the next case starts clean.
    await ctx.dataSource.query(
      `INSERT INTO audit_events SELECT * FROM json_populate_record(NULL::audit_events, $1::json)`,
      [JSON.stringify(saved)],
    );
    expect((await verify.execute()).ok).toBe(true);
  });

  it('catches the newest row deleted (the chain head no longer matches)', async () => {
    await tamper(`DELETE FROM audit_events WHERE organization_id = $1`, [ctx.org('lapas-bengkulu')]);
    const result = await verify.execute();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({
      chainKey: ctx.org('lapas-bengkulu'),
      problem: 'head_mismatch',
    });
  });
});
