import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { canonicalJson } from './audit-hash';

/** One chain's head as a checkpoint recorded it. */
export interface CheckpointHead {
  chain: string;
  seq: string;
  hash: string;
  /** The first seq that must be keyed (chain version 2): rows before it are legacy SHA-256. */
  keyedFrom: string;
}

/** A signed statement of every chain head at one moment, kept outside the database. */
export interface AuditCheckpoint {
  v: 1;
  /** 1, 2, 3...: a checkpoint removed from the middle of the files breaks the numbering and the links. */
  n: number;
  at: string;
  heads: CheckpointHead[];
  /** The signature of checkpoint n - 1 (null for the first). */
  prev: string | null;
  sig: string;
}

export interface CheckpointReading {
  checkpoints: AuditCheckpoint[];
  /** The first thing wrong with the files themselves (a bad signature, a broken link), if any. */
  problem: string | null;
}

/**
 * The checkpoint files: JSON lines appended (never rewritten) to one file per UTC day in
 * AUDIT_CHECKPOINT_DIR, each line signed with an HMAC key derived from AUDIT_CHAIN_KEY and linked
 * to the line before it. Put the directory where the database's users cannot write (another host,
 * an append-only or object-locked mount): it is what `audit:verify` holds the database to.
 */
@Injectable()
export class AuditCheckpointStore {
  private readonly dir: string;
  private readonly signingKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'audit'>) {
    this.dir = config.audit.checkpointDir;
    // A key of its own, derived: a checkpoint signature can never double as an event hash.
    this.signingKey = createHmac('sha256', config.audit.chainKey)
      .update('warta audit checkpoint v1')
      .digest();
  }

  get directory(): string {
    return this.dir;
  }

  /** Every checkpoint, oldest first, checked for signature, numbering and links as it is read. */
  read(): CheckpointReading {
    const checkpoints: AuditCheckpoint[] = [];
    if (!existsSync(this.dir)) return { checkpoints, problem: null };
    const files = readdirSync(this.dir)
      .filter((f) => /^audit-checkpoints-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f))
      .sort();
    for (const file of files) {
      const lines = readFileSync(join(this.dir, file), 'utf8').split('\n');
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        const where = `${file}:${i + 1}`;
        let cp: AuditCheckpoint;
        try {
          cp = JSON.parse(line) as AuditCheckpoint;
        } catch {
          return { checkpoints, problem: `${where} is not a checkpoint (unreadable JSON)` };
        }
        if (!this.signatureHolds(cp)) {
          return {
            checkpoints,
            problem: `${where}: checkpoint ${cp.n} has a bad signature (altered or forged)`,
          };
        }
        const before = checkpoints[checkpoints.length - 1];
        if (cp.n !== (before?.n ?? 0) + 1 || cp.prev !== (before?.sig ?? null)) {
          return {
            checkpoints,
            problem: `${where}: checkpoint ${cp.n} does not follow checkpoint ${before?.n ?? 0} (one was removed or reordered)`,
          };
        }
        checkpoints.push(cp);
      }
    }
    return { checkpoints, problem: null };
  }

  /** Signs and appends the next checkpoint after `last`. */
  append(last: AuditCheckpoint | null, heads: CheckpointHead[], at: Date): AuditCheckpoint {
    const unsigned = {
      v: 1 as const,
      n: (last?.n ?? 0) + 1,
      at: at.toISOString(),
      heads,
      prev: last?.sig ?? null,
    };
    const cp: AuditCheckpoint = { ...unsigned, sig: this.sign(unsigned) };
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `audit-checkpoints-${cp.at.slice(0, 10)}.jsonl`);
    // O_APPEND: a line is added at the end, whatever else has the file open.
    appendFileSync(file, `${JSON.stringify(cp)}\n`, { flag: 'a', mode: 0o640 });
    return cp;
  }

  private sign(unsigned: Omit<AuditCheckpoint, 'sig'>): string {
    return createHmac('sha256', this.signingKey).update(canonicalJson(unsigned)).digest('hex');
  }

  private signatureHolds(cp: AuditCheckpoint): boolean {
    if (!cp || typeof cp.sig !== 'string' || !/^[0-9a-f]{64}$/.test(cp.sig)) return false;
    const { sig, ...unsigned } = cp;
    return timingSafeEqual(Buffer.from(sig, 'hex'), Buffer.from(this.sign(unsigned), 'hex'));
  }
}
