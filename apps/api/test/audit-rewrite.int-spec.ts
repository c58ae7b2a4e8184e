import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  AuditTrail,
  GENESIS_HASH,
  hashAuditEvent,
  VerifyAuditChain,
  WriteAuditCheckpoint,
} from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { aUnit } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const CHAIN_KEY = 'k3y-of-this-test-'.padEnd(48, 'x');

interface EventRow {
  id: string;
  chain_key: string;
  seq: string;
  organization_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  data: unknown;
  request_id: string | null;
  created_at: Date;
  prev_hash: string;
  hash: string;
  chain_version: number;
}

/*
 * Issue 18, item 4: the attack on the audit trail by someone with write access to the database (not
 * to the key, nor to the checkpoint directory): edit an old event, recompute every later hash with
 * plain SHA-256 — keeping the rows' keyed label, or relabelling them as legacy rows as if no key had
 * ever been used — and move the chain head. `npm run audit:verify` must fail and name the edited event.
 */
describe('audit trail: keyed chain and signed checkpoints against a rewrite (real Postgres)', () => {
  let ctx: ApiTestContext;
  let config: AppConfig;
  let chain: string;

  async function auditVerifyCli(env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
    try {
      const r = await run(process.execPath, [join(ROOT, 'scripts/run.js'), 'audit:verify'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: ctx.db.url,
          AUDIT_CHECKPOINT_DIR: config.audit.checkpointDir,
          AUDIT_CHAIN_KEY: CHAIN_KEY,
          ...env,
        },
      });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  }

  const verify = () => new VerifyAuditChain(ctx.dataSource, config).execute();

  /** Audited changes on one node's chain (each PATCH appends one event). */
  async function changeNode(n: number): Promise<void> {
    const admin = await ctx.tokenFor('admin');
    for (let i = 0; i < n; i++) {
      const [v] = await ctx.dataSource.query(`SELECT version FROM organizations WHERE id = $1`, [chain]);
      await ctx.http
        .patch(`/api/v1/organizations/${chain}`)
        .set('Authorization', admin)
        .send({ version: v.version, defaultHashtags: [`Tagar${i}`, 'Humas'], reason: `perbarui tagar ${i}` })
        .expect(200);
    }
  }

  const rows = (): Promise<EventRow[]> =>
    ctx.dataSource.query(
      `SELECT id::text AS id, chain_key, seq::text AS seq, organization_id, actor_id, action, subject_type,
              subject_id, reason, data, request_id, created_at, prev_hash, hash, chain_version
         FROM audit_events WHERE chain_key = $1 ORDER BY seq`,
      [chain],
    );

  /** What an attacker with database access can do: bypass the append-only trigger. */
  async function asAttacker(fn: () => Promise<unknown>): Promise<void> {
    await ctx.dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await fn();
    } finally {
      await ctx.dataSource.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
  }

  /**
   * Edits event `seq`'s reason, recomputes its hash and every later one with plain SHA-256 (as
   * `version`: 2 keeps the keyed label, 1 relabels them legacy), and moves the chain head.
   */
  async function rewrite(original: EventRow[], seq: number, version: 1 | 2): Promise<void> {
    await asAttacker(async () => {
      let prev = original[seq - 2]?.hash ?? GENESIS_HASH;
      for (const r of original.filter((x) => Number(x.seq) >= seq)) {
        const reason = Number(r.seq) === seq ? 'alasan yang diubah' : r.reason;
        const hash = hashAuditEvent({
          chainKey: r.chain_key,
          seq: r.seq,
          organizationId: r.organization_id,
          actorId: r.actor_id,
          action: r.action,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          reason,
          data: r.data,
          requestId: r.request_id,
          createdAt: new Date(r.created_at).toISOString(),
          prevHash: prev,
        });
        await ctx.dataSource.query(
          `UPDATE audit_events SET reason = $2, prev_hash = $3, hash = $4, chain_version = $5 WHERE id = $1`,
          [r.id, reason, prev, hash, version],
        );
        prev = hash;
      }
      // Legacy rows are allowed below keyed_from: the attacker raises it past the rewritten rows.
      await ctx.dataSource.query(
        `UPDATE audit_chain_heads SET hash = $2, keyed_from = CASE WHEN $3 = 1 THEN seq + 1 ELSE keyed_from END
          WHERE chain_key = $1`,
        [chain, prev, version],
      );
    });
  }

  async function restore(original: EventRow[]): Promise<void> {
    await asAttacker(async () => {
      for (const r of original) {
        await ctx.dataSource.query(
          `UPDATE audit_events SET reason = $2, prev_hash = $3, hash = $4, chain_version = $5 WHERE id = $1`,
          [r.id, r.reason, r.prev_hash, r.hash, r.chain_version],
        );
      }
      await ctx.dataSource.query(
        `UPDATE audit_chain_heads SET hash = $2, keyed_from = 1 WHERE chain_key = $1`,
        [chain, original[original.length - 1].hash],
      );
    });
  }

  beforeAll(async () => {
    ctx = await createApiTestContext({ AUDIT_CHAIN_KEY: CHAIN_KEY });
    config = ctx.app.get(APP_CONFIG);
    chain = ctx.org('rutan-bengkulu');
    await changeNode(5);
  }, 120_000);
  afterAll(() => ctx.close());

  it('the checkpoint job anchors every chain head in a signed, append-only file, and only when one moved', async () => {
    const job = ctx.app.get(WriteAuditCheckpoint);
    const first = await job.execute();
    expect(first).toMatchObject({ written: 1, refused: [] });
    // Nothing moved: nothing written.
    expect(await job.execute()).toMatchObject({ written: null });
    await changeNode(2);
    expect(await job.execute()).toMatchObject({ written: 2, refused: [] });
    const files = readdirSync(config.audit.checkpointDir);
    expect(files).toHaveLength(1);
    const lines = readFileSync(join(config.audit.checkpointDir, files[0]), 'utf8').trim().split('\n');
    const [cp1, cp2] = lines.map((l) => JSON.parse(l));
    expect(cp2.prev).toBe(cp1.sig);
    const heads: { chain_key: string; seq: string; hash: string }[] = await ctx.dataSource.query(
      `SELECT chain_key, seq::text AS seq, hash FROM audit_chain_heads ORDER BY chain_key`,
    );
    expect(
      cp2.heads.map((h: { chain: string; seq: string; hash: string }) => [h.chain, h.seq, h.hash]),
    ).toEqual(heads.map((h) => [h.chain_key, h.seq, h.hash]));
    expect(cp2.heads.find((h: { chain: string }) => h.chain === chain)).toMatchObject({
      seq: '7',
      keyedFrom: '1',
    });
    // Every event is keyed (chain version 2), and the trail verifies against the checkpoint.
    expect((await rows()).every((r) => r.chain_version === 2)).toBe(true);
    expect(await verify()).toMatchObject({ ok: true, firstBroken: null, checkpoint: { n: 2 } });
    const cli = await auditVerifyCli();
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('every chain passes through checkpoint 2');
    // Two more events after the last checkpoint: not anchored yet, still checked with the key.
    await changeNode(2);
    expect((await verify()).ok).toBe(true);
  });

  it('edit an old event, re-hash the rest with plain SHA-256, move the head: audit:verify names the edited event', async () => {
    const original = await rows();
    expect(original).toHaveLength(9);
    await rewrite(original, 3, 2);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({
      chainKey: chain,
      seq: '3',
      eventId: original[2].id,
      problem: 'hash_mismatch',
    });
    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`seq 3 (event id ${original[2].id})`);
    await restore(original);
    expect((await verify()).ok).toBe(true);
  });

  it('the same rewrite passed off as legacy (unkeyed) rows is named too: the checkpoint says the chain was keyed', async () => {
    const original = await rows();
    await rewrite(original, 3, 1);
    // Every link holds under plain SHA-256 and the head moved: only the key and the checkpoint tell.
    const result = await verify();
    expect(result.firstBroken).toMatchObject({
      chainKey: chain,
      seq: '3',
      eventId: original[2].id,
      problem: 'version_mismatch',
    });
    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`seq 3 (event id ${original[2].id})`);
    await restore(original);
    expect((await verify()).ok).toBe(true);
  });

  it('without the key, audit:verify never says "intact"', async () => {
    const cli = await auditVerifyCli({ AUDIT_CHAIN_KEY: 'another-key-that-is-long-enough-to-pass-config' });
    expect(cli.code).toBe(1);
    expect(cli.out).not.toContain('intact');
  });

  it('an edited or removed checkpoint is caught before anything is trusted', async () => {
    const file = join(config.audit.checkpointDir, readdirSync(config.audit.checkpointDir)[0]);
    const saved = readFileSync(file, 'utf8');
    const [l1, l2] = saved.trim().split('\n');
    const forged = JSON.parse(l2);
    forged.heads[0].hash = 'f'.repeat(64);
    writeFileSync(file, `${l1}\n${JSON.stringify(forged)}\n`);
    expect((await verify()).firstBroken).toMatchObject({ problem: 'checkpoint_invalid' });
    writeFileSync(file, `${l2}\n`);
    expect((await verify()).firstBroken).toMatchObject({ problem: 'checkpoint_invalid' });
    writeFileSync(file, saved);
    expect((await verify()).ok).toBe(true);
  });

  it('rows written before the switch to keys verify as before, and only below keyed_from', async () => {
    // What the migration leaves: a chain whose first rows are legacy SHA-256, keyed from seq 3 on.
    const { id: org } = await aUnit(ctx.dataSource, { name: 'Uji rantai lama', slug: 'uji-rantai-lama' });
    let prev = GENESIS_HASH;
    for (const seq of ['1', '2']) {
      const createdAt = new Date('2026-11-01T00:00:00.000Z');
      const fields = {
        chainKey: org,
        seq,
        organizationId: org,
        actorId: null,
        action: 'legacy.event',
        subjectType: 'organization',
        subjectId: org,
        reason: null,
        data: {},
        requestId: null,
        createdAt: createdAt.toISOString(),
        prevHash: prev,
      };
      const hash = hashAuditEvent(fields);
      await ctx.dataSource.query(
        `INSERT INTO audit_events (chain_key, seq, organization_id, action, subject_type, subject_id, data, created_at,
           prev_hash, hash, chain_version) VALUES ($1::text, $2, $1::uuid, 'legacy.event', 'organization', $1::text, '{}', $3, $4, $5, 1)`,
        [org, seq, createdAt, prev, hash],
      );
      prev = hash;
    }
    await ctx.dataSource.query(
      `INSERT INTO audit_chain_heads (chain_key, seq, hash, keyed_from) VALUES ($1, 2, $2, 3)`,
      [org, prev],
    );
    await ctx.dataSource.transaction((m) =>
      ctx.app.get(AuditTrail).append(m, {
        organizationId: org,
        actorId: null,
        action: 'keyed.event',
        subjectType: 'organization',
        subjectId: org,
      }),
    );
    expect(await verify()).toMatchObject({ ok: true });
    expect((await ctx.app.get(WriteAuditCheckpoint).execute()).refused).toEqual([]);
    // The keyed row relabelled as legacy (and re-hashed so): named.
    const [third] = await ctx.dataSource.query(
      `SELECT id::text AS id, * FROM audit_events WHERE chain_key = $1 AND seq = 3`,
      [org],
    );
    await asAttacker(() =>
      ctx.dataSource.query(
        `UPDATE audit_events SET chain_version = 1, hash = $2 WHERE chain_key = $1 AND seq = 3`,
        [
          org,
          hashAuditEvent({
            chainKey: org,
            seq: '3',
            organizationId: org,
            actorId: null,
            action: third.action,
            subjectType: third.subject_type,
            subjectId: third.subject_id,
            reason: third.reason,
            data: third.data,
            requestId: third.request_id,
            createdAt: new Date(third.created_at).toISOString(),
            prevHash: third.prev_hash,
          }),
        ],
      ),
    );
    expect((await verify()).firstBroken).toMatchObject({
      chainKey: org,
      seq: '3',
      problem: 'version_mismatch',
    });
  });
});
