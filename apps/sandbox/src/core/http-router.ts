import { Handler } from './http-types';

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export type RouteMatch =
  { handler: Handler; params: Record<string, string> } | { methodNotAllowed: true } | null;

/**
 * A minimal method + path router (`/2/tweets/:id`). Exact paths are a Map lookup because the
 * benchmark's hot route must not pay for a regex scan.
 */
export class HttpRouter {
  private readonly exact = new Map<string, Handler>();
  private readonly exactPaths = new Set<string>();
  private readonly patterns: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    if (!pattern.includes(':')) {
      this.exact.set(`${method} ${pattern}`, handler);
      this.exactPaths.add(pattern);
      return this;
    }
    const names: string[] = [];
    const source = pattern.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.patterns.push({ method, regex: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const hit = this.exact.get(`${method} ${path}`);
    if (hit) return { handler: hit, params: {} };
    let pathKnown = this.exactPaths.has(path);
    for (const r of this.patterns) {
      const m = r.regex.exec(path);
      if (!m) continue;
      if (r.method !== method) {
        pathKnown = true;
        continue;
      }
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { handler: r.handler, params };
    }
    return pathKnown ? { methodNotAllowed: true } : null;
  }
}
