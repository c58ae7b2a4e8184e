import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = 'sandbox-state.json';

/**
 * Keeps the sandbox state on disk so a restarted sandbox still knows the posts a worker made
 * (reconciliation after a crash depends on that). Writes are debounced because a benchmark makes
 * thousands of changes per second, and go through a temp file + rename so a crash mid-write
 * never leaves half a JSON file.
 */
export class StatePersistence {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private dirty = false;

  constructor(
    private readonly dir: string | null,
    private readonly snapshot: () => unknown,
    private readonly debounceMs = 500,
  ) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  get enabled(): boolean {
    return this.dir !== null;
  }

  load(): unknown {
    if (!this.dir) return null;
    const file = join(this.dir, FILE);
    if (!existsSync(file)) return null;
    return JSON.parse(readFileSync(file, 'utf8'));
  }

  markDirty(): void {
    if (!this.dir) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeNow();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Write whatever is pending; called on close. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.writing) await this.writing;
    if (this.dirty) await this.writeNow();
  }

  /** Last-resort synchronous write (process exit). */
  flushSync(): void {
    if (!this.dir || !this.dirty) return;
    const file = join(this.dir, FILE);
    writeFileSync(`${file}.tmp`, JSON.stringify(this.snapshot()));
    renameSync(`${file}.tmp`, file);
    this.dirty = false;
  }

  private async writeNow(): Promise<void> {
    if (!this.dir) return;
    if (this.writing) {
      // One write at a time; the running one may have missed the latest change, so go again after.
      await this.writing;
      if (!this.dirty) return;
    }
    this.dirty = false;
    const file = join(this.dir, FILE);
    const body = JSON.stringify(this.snapshot());
    this.writing = (async () => {
      await writeFile(`${file}.tmp`, body);
      await rename(`${file}.tmp`, file);
    })();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }
}
