/**
 * Node/V8 flags each Warta process starts with, by entry point (`scripts/run.js <entry>`). Whatever
 * starts a process from source reads them here (scripts/demo.ts, the chaos and bench harness);
 * docker/compose.yml and package.json's start:worker repeat them, and
 * apps/worker/src/node-flags.spec.ts keeps those equal.
 *
 * worker: semi-spaces of 64 MB instead of V8's 16 MB. A burst of publishes makes short-lived garbage
 * fast (rows, requests, answers, job objects): with the default young generation the worker
 * scavenged every few milliseconds and spent ~9 % of its time in the garbage collector; with this,
 * bench:publish measured 0.25-0.26 s of worker CPU per 1,000 burst posts instead of 0.31.
 */
export const NODE_FLAGS: Record<string, string[]> = {
  worker: ['--max-semi-space-size=64'],
};
