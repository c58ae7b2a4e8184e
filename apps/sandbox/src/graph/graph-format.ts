import { GraphRequest } from './graph-request';
import { FieldSpec, FieldSyntaxError, parseFields } from './graph-fields';
import { graphFail, invalidParam } from './graph-errors';
import { SandboxStore } from '../core/sandbox-store';

/** Graph's timestamp format: 2026-05-02T10:00:00+0000. */
export function fbTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+0000');
}

/** `since`/`until`/`scheduled_publish_time`: Unix seconds or anything Date.parse reads. */
export function parseGraphTime(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function fieldsOf(store: SandboxStore, req: GraphRequest, defaults: string): FieldSpec[] {
  try {
    return parseFields(req.fields.fields || defaults);
  } catch (e) {
    if (e instanceof FieldSyntaxError) graphFail(store, { code: 2500, message: e.message });
    throw e;
  }
}

export type FieldResolver = (spec: FieldSpec) => unknown;

/**
 * Renders a node for a `fields=` list. An unknown field fails the whole call with code 100, as
 * Graph does, so a connector asking for a misspelt or retired field finds out in tests.
 */
export function renderNode(
  store: SandboxStore,
  nodeType: string,
  specs: FieldSpec[],
  resolvers: Record<string, FieldResolver>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const r = resolvers[spec.name];
    if (!r)
      invalidParam(store, `Tried accessing nonexisting field (${spec.name}) on node type (${nodeType})`);
    const v = r(spec);
    if (v !== undefined) out[spec.name] = v;
  }
  if (!('id' in out) && resolvers.id) out.id = resolvers.id({ name: 'id', modifiers: {}, children: null });
  return out;
}

/** `.limit(n)` from a field spec, or the `limit` parameter of an edge call. */
export function limitOf(raw: string | undefined, fallback: number, max = 100): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

/**
 * Cursor paging over a newest-first list: `{data, paging: {cursors: {before, after}, next}}`.
 * Cursors are the base64 of an item id, so inserting new posts does not shift later pages.
 */
export function paginate<T extends { id: string }>(
  req: GraphRequest,
  items: T[],
  render: (item: T) => Record<string, unknown>,
  defaultLimit = 25,
): Record<string, unknown> {
  const limit = Math.max(1, limitOf(req.fields.limit, defaultLimit));
  let start = 0;
  if (req.fields.after) {
    const afterId = Buffer.from(req.fields.after, 'base64').toString('utf8');
    const idx = items.findIndex((i) => i.id === afterId);
    start = idx < 0 ? items.length : idx + 1;
  }
  const pageItems = items.slice(start, start + limit);
  const out: Record<string, unknown> = { data: pageItems.map(render) };
  if (pageItems.length) {
    const paging: Record<string, unknown> = {
      cursors: {
        before: Buffer.from(pageItems[0].id).toString('base64'),
        after: Buffer.from(pageItems[pageItems.length - 1].id).toString('base64'),
      },
    };
    if (start + limit < items.length) {
      const next = new URL(req.ctx.baseUrl + req.ctx.path);
      for (const [k, v] of req.ctx.query) if (k !== 'after') next.searchParams.set(k, v);
      next.searchParams.set('limit', String(limit));
      next.searchParams.set('after', paging.cursors ? (paging.cursors as { after: string }).after : '');
      paging.next = next.toString();
    }
    out.paging = paging;
  }
  return out;
}

export function isTrue(v: string | undefined): boolean {
  return v === 'true' || v === '1';
}

export function isFalse(v: string | undefined): boolean {
  return v === 'false' || v === '0';
}
