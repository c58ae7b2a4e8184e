/**
 * Node/V8 flags each Warta process starts with, by entry point (`scripts/run.js <entry>`). Whatever
 * starts a process from source reads them here (scripts/demo.ts, the chaos and bench harness);
 * docker/compose.yml and package.json's start:worker repeat them, and
 * apps/worker/src/node-flags.spec.ts keeps those equal.
 *
 * worker: semi-spaces of 64 MB instead of V8's 16 MB. A burst of publishes makes short-lived garbage
 * fast (rows, requests, answers, job objects): with the default young generation the worker
 * scavenged every few milliseconds and spent ~9 % of its time in the garbage collector (4 % with
 * this). In alternating bench:publish runs: 2,583 / 2,625 / 2,847 burst posts/s without, 3,048 /
 * 2,888 / 2,735 with; worker RSS with 100,000 posts scheduled 200 MB (188 MB before).
 */
export const NODE_FLAGS: Record<string, string[]> = {
  worker: ['--max-semi-space-size=64'],
};
