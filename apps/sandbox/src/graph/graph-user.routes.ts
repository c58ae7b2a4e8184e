import { HttpResult, json } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';
import { graphFail, invalidParam } from './graph-errors';
import { fieldsOf, limitOf, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { GraphRoutes } from './graph-routes';
import { pageTokenFor } from './graph-token-issuer';

/** The Facebook user node: its fields, its granted permissions, and its Pages with their Page tokens. */
export function registerGraphUserRoutes(routes: GraphRoutes, store: SandboxStore): void {
  routes.node('user', 'GET', '', (req, id) => getUser(store, req, id));
  routes.node('user', 'GET', 'permissions', (req, id) => getPermissions(store, req, id));
  routes.node('user', 'GET', 'accounts', (req, id) => getAccounts(store, req, id));
}

function getUser(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  req.track();
  const u = store.state.graph.users[id];
  return json(
    200,
    renderNode(store, 'User', fieldsOf(store, req, 'id,name'), {
      id: () => u.id,
      name: () => u.name,
      first_name: () => u.name.split(' ')[0],
      last_name: () => u.name.split(' ').slice(1).join(' '),
    }),
  );
}

function getPermissions(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  if (caller.user.id !== id) graphFail(store, { code: 200, message: '(#200) Permissions error' });
  return json(200, { data: caller.token.scopes.map((permission) => ({ permission, status: 'granted' })) });
}

function getAccounts(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  if (caller.token.kind !== 'user' || caller.user.id !== id) {
    graphFail(store, {
      code: 100,
      message: '(#100) Tried accessing nonexisting field (accounts) on node type (Page)',
    });
  }
  if (!caller.token.scopes.includes('pages_show_list')) return json(200, { data: [] });
  const pages = Object.values(store.state.graph.pages).filter((p) => p.roles.some((r) => r.userId === id));
  const limit = Math.max(1, limitOf(req.fields.limit, 25));
  const specs = fieldsOf(store, req, 'access_token,category,category_list,name,id,tasks');
  const data = pages.slice(0, limit).map((p) => {
    const role = p.roles.find((r) => r.userId === id);
    return renderNode(store, 'Page', specs, {
      id: () => p.id,
      name: () => p.name,
      category: () => p.category,
      category_list: () => [{ id: '2235', name: p.category }],
      tasks: () => role?.tasks ?? [],
      access_token: () => pageTokenFor(store, caller.token, p.id, req.now).token,
      instagram_business_account: (s) =>
        igAccountField(
          store,
          p.igUserId,
          s.children?.map((c) => c.name),
        ),
    });
  });
  const out: Record<string, unknown> = { data };
  if (data.length) {
    out.paging = {
      cursors: {
        before: Buffer.from(pages[0].id).toString('base64'),
        after: Buffer.from(pages[Math.min(limit, pages.length) - 1].id).toString('base64'),
      },
    };
  }
  return json(200, out);
}

function igAccountField(
  store: SandboxStore,
  igUserId: string | null,
  children: string[] | undefined,
): unknown {
  if (!igUserId) return undefined;
  const ig = store.state.graph.igAccounts[igUserId];
  if (!ig) return undefined;
  const out: Record<string, unknown> = { id: ig.id };
  for (const c of children ?? []) {
    if (c === 'username') out.username = ig.username;
    else if (c === 'name') out.name = ig.name;
    else if (c === 'followers_count') out.followers_count = ig.followers;
    else if (c !== 'id')
      invalidParam(store, `Tried accessing nonexisting field (${c}) on node type (IGUser)`);
  }
  return out;
}
