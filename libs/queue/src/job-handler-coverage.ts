import { ALL_JOBS, JobName } from './job-catalogue';

/**
 * Every job needs exactly one handler: none means jobs pile up unprocessed, two means the behaviour
 * depends on discovery order. Returns the problems; the worker refuses to boot on any.
 */
export function checkHandlerCoverage(found: JobName[], jobs: JobName[] = ALL_JOBS): string[] {
  const problems: string[] = [];
  for (const job of jobs) {
    const n = found.filter((f) => f === job).length;
    if (n === 0) problems.push(`job "${job}" has no handler`);
    if (n > 1) problems.push(`job "${job}" has ${n} handlers`);
  }
  for (const f of new Set(found)) if (!jobs.includes(f)) problems.push(`handler for unknown job "${f}"`);
  return problems;
}
