import { HttpResult } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';
import { GraphRequest } from './graph-request';
import { GraphUsage } from './graph-usage';

export type NodeKind = 'page' | 'user' | 'post' | 'photo' | 'comment' | 'igUser' | 'container' | 'igMedia';

export type NodeHandler = (req: GraphRequest, id: string) => HttpResult | Promise<HttpResult>;
export type PathHandler = (req: GraphRequest) => HttpResult | Promise<HttpResult>;

/** The Graph part of the sandbox state, read at each use (a reset replaces it). */
export const g = (store: SandboxStore) => store.state.graph;

/** What every Graph route module needs. */
export interface GraphDeps {
  store: SandboxStore;
  usage: GraphUsage;
}

/**
 * Graph paths are `/{node-id}/{edge}`, so routes are keyed by the node's kind rather than by a
 * path pattern; a few fixed paths (`/dialog/oauth`, `/debug_token`) are keyed by path.
 */
export class GraphRoutes {
  private readonly nodes = new Map<string, NodeHandler>();
  private readonly paths = new Map<string, PathHandler>();

  node(kind: NodeKind, method: string, edge: string, handler: NodeHandler): this {
    this.nodes.set(`${kind} ${method} ${edge}`, handler);
    return this;
  }

  path(method: string, path: string, handler: PathHandler): this {
    this.paths.set(`${method} ${path}`, handler);
    return this;
  }

  findNode(kind: NodeKind, method: string, edge: string): NodeHandler | undefined {
    return this.nodes.get(`${kind} ${method} ${edge}`);
  }

  findPath(method: string, path: string): PathHandler | undefined {
    return this.paths.get(`${method} ${path}`);
  }
}

export function resolveNodeKind(store: SandboxStore, id: string): NodeKind | null {
  const g = store.state.graph;
  if (g.posts[id]) return 'post';
  if (g.pages[id]) return 'page';
  if (g.igMedia[id]) return 'igMedia';
  if (g.containers[id]) return 'container';
  if (g.igAccounts[id]) return 'igUser';
  if (g.photos[id]) return 'photo';
  if (g.comments[id]) return 'comment';
  if (g.users[id]) return 'user';
  return null;
}
