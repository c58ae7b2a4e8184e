import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  cpuSeconds: number;
  cmdline: string;
}

function readProcs(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after its end.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').replace(/\0/g, ' ');
      out.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        // utime + stime, plus cutime + cstime: children that ended (a database backend closed
        // between two readings) hand their time to their parent.
        cpuSeconds:
          (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) /
          TICKS_PER_SECOND,
        cmdline,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/**
 * CPU seconds (user + system) used so far by each named group of processes: a root pid and all its
 * descendants, or processes whose command line matches. A benchmark takes two readings and reports
 * the difference, which is what the work cost whatever else the machine was doing at the time.
 */
export function cpuSecondsByGroup(
  groups: Record<string, { root?: number; match?: RegExp }>,
): Record<string, number> {
  const procs = readProcs();
  const children = new Map<number, ProcStat[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const result: Record<string, number> = {};
  for (const [name, g] of Object.entries(groups)) {
    let total = 0;
    const seen = new Set<number>();
    const visit = (p: ProcStat) => {
      if (seen.has(p.pid)) return;
      seen.add(p.pid);
      total += p.cpuSeconds;
      for (const c of children.get(p.pid) ?? []) visit(c);
    };
    for (const p of procs)
      if ((g.root !== undefined && p.pid === g.root) || g.match?.test(p.cmdline)) visit(p);
    result[name] = total;
  }
  return result;
}
