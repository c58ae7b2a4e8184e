import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Who holds a lease: this process, plus a fresh suffix per job run, so two runs never share one. */
export const WORKER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export function leaseOwnerForRun(): string {
  return `${WORKER_ID}:${randomUUID().slice(0, 8)}`;
}
