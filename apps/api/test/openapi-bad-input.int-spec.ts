import { randomUUID } from 'node:crypto';
import { MESSAGES } from '@warta/core';
import { aConnectedAccount } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * Every operation of the api's own OpenAPI document, driven from the document itself: a valid
 * request where one can be built, then mutations of each body field, query parameter and path
 * parameter (wrong types, nulls, int4 and float extremes, NUL, lone surrogates, deep nesting, huge
 * arrays, forged cursors, year 0000, unknown enum values). Whatever comes back: never a 5xx, every
 * error in the house envelope, and no row written by a refused request.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: unknown[];
}
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

interface Probe {
  label: string;
  method: Method;
  path: string;
  query: string;
  body?: { raw: string } | { json: unknown };
  mutation: boolean;
}

/** What we answer with when something is wrong: these are the values that broke the api before. */
const DEEP = 5000;
const HUGE = 100_000;
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** A lone surrogate cannot be URI-encoded by JS; on the wire it is its CESU-8 bytes. */
const LONE_SURROGATE_URI = '%ED%B3%80';

/** Mutations of one body field, chosen by the field's schema so the run stays bounded. */
function bodyMutations(name: string, s: Schema, valid: unknown): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [
    { name: 'null', value: null },
    { name: 'wrong type', value: typeof valid === 'object' && valid !== null ? 'x' : { nested: 1 } },
  ];
  const type = s.type ?? typeof valid;
  if (type === 'integer' || type === 'number') {
    out.push(
      { name: 'int4 overflow', value: 2147483648 },
      { name: '-1', value: -1 },
      { name: '1e308', value: 1e308 },
    );
  } else if (type === 'string') {
    out.push(
      { name: 'NUL', value: `${String(valid)}\u0000` },
      { name: 'lone surrogate', value: `${String(valid)}\udc00` },
      { name: 'number', value: 2147483648 },
    );
    if (s.format === 'date-time' || /At$|from|to|date|time/i.test(name))
      out.push({ name: 'year 0000', value: '0000-01-01T00:00:00Z' });
    if (s.enum) out.push({ name: 'unknown enum', value: 'zz_unknown' });
  } else if (type === 'array') {
    out.push(
      { name: `${HUGE}-element array`, value: new Array(HUGE).fill(0) },
      { name: 'NUL element', value: ['x\u0000'] },
      { name: 'unknown enum element', value: ['zz_unknown'] },
    );
  } else if (type === 'object') {
    out.push({ name: 'empty object', value: {} }, { name: 'array', value: [] });
  }
  return out;
}

const QUERY_MUTATIONS: { name: string; value: string }[] = [
  { name: 'empty', value: '' },
  { name: 'NUL', value: 'a%00b' },
  { name: 'lone surrogate', value: `a${LONE_SURROGATE_URI}` },
  { name: 'int4 overflow', value: '2147483648' },
  { name: 'negative', value: '-1' },
  { name: 'huge double', value: '1e308' },
  { name: 'year 0000', value: '0000-01-01T00:00:00Z' },
  { name: 'year 0000 (day)', value: '0000-01-01' },
  { name: 'bad date', value: '2026-13-45' },
  { name: 'unknown enum', value: 'zz_unknown' },
];

/** Only for `cursor`: what a forged keyset cursor looks like. */
const CURSOR_MUTATIONS: { name: string; value: string }[] = [
  { name: 'forged cursor (bad id)', value: b64(['2026-01-01T00:00:00Z', 'abc']) },
  { name: 'forged cursor (bad date)', value: b64(['1', randomUUID()]) },
  { name: 'forged cursor (year 0000)', value: b64(['0000-01-01T00:00:00Z', randomUUID()]) },
  { name: 'forged cursor (types)', value: b64([1, { a: 1 }]) },
  { name: 'forged cursor (not json)', value: 'bm90IGpzb24' },
];

const PATH_MUTATIONS: { name: string; value: string }[] = [
  { name: 'not a uuid', value: 'abc' },
  { name: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { name: 'NUL', value: '%00' },
  { name: 'lone surrogate', value: LONE_SURROGATE_URI },
  { name: 'int4 overflow', value: '2147483648' },
];

describe('every OpenAPI operation refuses bad input with a 4xx and writes nothing', () => {
  let ctx: ApiTestContext;
  let admin: string;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  let tables: string[];
  let ids: Record<string, string>;
  const failures: string[] = [];

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
    doc = (await ctx.http.get('/api/docs-json').expect(200)).body;
    const me = await ctx.http.get('/api/v1/me').set('Authorization', await ctx.tokenFor('editor.rutan'));
    // Composing drafts needs a connected account (social_accounts is written directly, as drafts.int-spec does).
    for (const platform of ['x', 'facebook'] as const)
      await aConnectedAccount(ctx.dataSource, { organizationId: ctx.org('rutan-bengkulu'), platform });
    const release = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', admin)
      .send({ organizationId: ctx.org('rutan-bengkulu'), title: 'Rilis Uji', body: 'Isi rilis uji.' });
    expect(release.status).toBe(201);
    ids = {
      organizations: ctx.org('rutan-bengkulu'),
      users: ctx.userId('editor.rutan'),
      memberships: me.body.memberships[0].id,
      releases: release.body.id,
    };
    // Every table a request could write, except the one a refused login is meant to write.
    const rows: { table_name: string }[] = await ctx.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('migrations', 'login_throttle')
        ORDER BY table_name`,
    );
    tables = rows.map((r) => r.table_name);
    expect(tables.length).toBeGreaterThan(20);
  });
  afterAll(() => ctx.close());

  const counts = async (): Promise<string> => {
    const rows: { t: string; n: string }[] = await ctx.dataSource.query(
      tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM "${t}"`).join(' UNION ALL '),
    );
    return rows.map((r) => `${r.t}=${r.n}`).join(',');
  };

  const resolve = (s: Schema | undefined): Schema => {
    let cur = s ?? {};
    while (cur.$ref) cur = doc.components.schemas[cur.$ref.replace('#/components/schemas/', '')] ?? {};
    if (cur.allOf?.length === 1) return resolve(cur.allOf[0]);
    return cur;
  };

  /** A plausible valid value from the schema: example, first enum value, or by type and name. */
  const valueFor = (name: string, s: Schema | undefined, depth = 0): unknown => {
    const r = resolve(s);
    if (r.example !== undefined) return r.example;
    if (r.enum?.length) return r.enum[0];
    if (/organizationId|nodeId|parentId|^under$/.test(name)) return ids.organizations;
    if (r.format === 'uuid') return ids.organizations;
    if (r.format === 'date-time') return '2030-01-01T08:00:00+07:00';
    if (name === 'version') return 1;
    if (name === 'email') return 'baru@warta.local';
    if (name === 'timezone') return 'Asia/Jakarta';
    if (name === 'slug') return 'unit-uji';
    if (/link|url|permalink/i.test(name)) return 'https://example.go.id/berita';
    switch (r.type) {
      case 'integer':
      case 'number':
        return r.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 3 ? [] : [valueFor(name, r.items, depth + 1)];
      case 'object':
        return depth > 3 ? {} : objectFor(r, depth + 1);
      default:
        return 'Uji'.padEnd(Math.max(3, r.minLength ?? 0), 'x');
    }
  };
  const objectFor = (s: Schema, depth = 0): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = valueFor(k, v, depth);
    return out;
  };

  const fillPath = (path: string, params: Parameter[], override?: { name: string; value: string }) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (override?.name === name) return override.value;
      const segment = path.split('/{')[0].split('/').pop() ?? '';
      void params;
      return ids[segment] ?? randomUUID();
    });

  const queryString = (params: Parameter[], override?: { name: string; value: string }) => {
    const parts: string[] = [];
    for (const p of params) {
      if (override?.name === p.name) parts.push(`${encodeURIComponent(p.name)}=${override.value}`);
      else if (p.required)
        parts.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(valueFor(p.name, p.schema)))}`);
    }
    return parts.join('&');
  };

  const probesFor = (path: string, method: Method, op: Operation): Probe[] => {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
    const bodySchema = jsonSchema ? resolve(jsonSchema) : undefined;
    const validBody = bodySchema ? objectFor(bodySchema) : undefined;
    const base = { method, path: fillPath(path, pathParams), query: queryString(queryParams) };
    const label = `${method.toUpperCase()} ${path}`;
    const probes: Probe[] = [];
    const withBody = (b?: Probe['body']) => b ?? (validBody ? { json: validBody } : undefined);

    // The valid baseline only where it cannot take the test's own session or data away.
    if (method === 'get')
      probes.push({ ...base, label: `${label} baseline`, mutation: false, body: withBody() });

    for (const pp of pathParams) {
      for (const m of PATH_MUTATIONS) {
        probes.push({
          ...base,
          path: fillPath(path, pathParams, { name: pp.name, value: m.value }),
          label: `${label} path ${pp.name}: ${m.name}`,
          mutation: true,
          body: withBody(),
        });
      }
    }
    for (const qp of queryParams) {
      const mutations = [
        ...QUERY_MUTATIONS,
        ...(qp.name === 'cursor' ? CURSOR_MUTATIONS : []),
        { name: 'repeated', value: `a&${encodeURIComponent(qp.name)}=b` },
      ];
      for (const m of mutations) {
        probes.push({
          ...base,
          query: queryString(queryParams, { name: qp.name, value: m.value }),
          label: `${label} query ${qp.name}: ${m.name}`,
          mutation: true,
          body: withBody(),
        });
      }
    }
    if (validBody) {
      probes.push(
        {
          ...base,
          label: `${label} body: ${DEEP}-deep object`,
          mutation: true,
          body: { raw: deepJson(DEEP) },
        },
        {
          ...base,
          label: `${label} body: ${DEEP}-deep array`,
          mutation: true,
          body: { raw: deepArray(DEEP) },
        },
        { ...base, label: `${label} body: null`, mutation: true, body: { raw: 'null' } },
        { ...base, label: `${label} body: array`, mutation: true, body: { raw: '[]' } },
        {
          ...base,
          label: `${label} body: NUL key`,
          mutation: true,
          body: { json: { ...validBody, 'a\u0000': 1 } },
        },
      );
      const keys = Object.keys(validBody);
      for (const key of keys) {
        const schema = resolve(bodySchema?.properties?.[key]);
        for (const m of bodyMutations(key, schema, validBody[key])) {
          probes.push({
            ...base,
            label: `${label} body ${key}: ${m.name}`,
            mutation: true,
            body: { json: { ...validBody, [key]: m.value } },
          });
        }
      }
      for (const key of keys.slice(0, 1)) {
        probes.push({
          ...base,
          label: `${label} body ${key}: deep nesting`,
          mutation: true,
          body: {
            raw: JSON.stringify({ ...validBody, [key]: 0 }).replace(
              `"${key}":0`,
              `"${key}":${deepJson(DEEP)}`,
            ),
          },
        });
      }
    }
    return probes;
  };

  const send = async (p: Probe, lang: 'id' | 'en') => {
    const url = p.query ? `${p.path}?${p.query}` : p.path;
    let req = ctx.http[p.method](url).set('Authorization', admin).set('Accept-Language', lang);
    if (p.body && 'raw' in p.body) req = req.set('Content-Type', 'application/json').send(p.body.raw);
    else if (p.body) req = req.send(p.body.json as object);
    return req;
  };

  /** The message is the catalogue's sentence for the code, in the language asked for. */
  const inHouseLanguage = (code: string, lang: 'id' | 'en', message: string) => {
    const template = MESSAGES[code]?.[lang];
    if (!template) return false;
    const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.*');
    return new RegExp(`^${pattern}$`, 's').test(message);
  };

  it('covers every operation in the document', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
        .map((m) => `${m} ${path}`),
    );
    expect(ops.length).toBeGreaterThan(60);
  });

  it('never a 5xx, always the house envelope, nothing written on a 4xx', async () => {
    const started = Date.now();
    let sent = 0;
    // The row counts before the next probe: re-read after anything that may legitimately write.
    let before = await counts();
    const slow: string[] = [];
    // Logout would end the test's own session: it is probed last.
    const entries = Object.entries(doc.paths).sort(
      ([a], [b]) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')),
    );
    for (const [path, item] of entries) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        const opStarted = Date.now();
        for (const probe of probesFor(path, method as Method, op)) {
          const lang = sent % 2 === 0 ? 'id' : 'en';
          const res = await send(probe, lang);
          sent++;
          const where = `${probe.label} -> ${res.status}`;
          if (res.status >= 500) {
            failures.push(`${where} ${JSON.stringify(res.body).slice(0, 200)}`);
            before = await counts();
            continue;
          }
          if (res.status < 400) {
            if (probe.method !== 'get') before = await counts();
            continue;
          }
          const body = res.body as { error?: { code?: unknown; message?: unknown }; requestId?: unknown };
          if (
            typeof body?.error?.code !== 'string' ||
            typeof body.error.message !== 'string' ||
            !inHouseLanguage(body.error.code, lang, body.error.message) ||
            !('requestId' in body) ||
            res.headers['content-language'] !== lang
          ) {
            failures.push(
              `${where} not the house envelope in ${lang}: ${JSON.stringify(res.body).slice(0, 200)}`,
            );
            continue;
          }
          // A refused request of any kind (GETs included: a read must not write either).
          const after = await counts();
          if (after !== before) failures.push(`${where} wrote rows on a ${res.status}`);
          before = after;
        }
        const took = Date.now() - opStarted;
        if (took > 1500) slow.push(`${method} ${path} ${took} ms`);
      }
    }
    console.log(
      `openapi bad-input: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; slowest: ${slow.join('; ')}`,
    );
    expect(failures).toEqual([]);
  }, 170_000);
});
