import { GraphDeps, GraphRoutes } from './graph-routes';
import { registerFacebookPageRoutes } from './facebook-page.routes';
import { registerFacebookPostRoutes } from './facebook-post.routes';

/**
 * Facebook Page publishing: feed posts (text, link, multi-photo, scheduled), photos fetched from
 * their URL for real, comments, delete, counts, insights (retired metric names fail the whole call)
 * and the listings reconciliation reads. One file per resource: the Page (facebook-page.routes.ts),
 * a post and what hangs off it (facebook-post.routes.ts); the shared rules in facebook-posting.ts,
 * the rendering in facebook-render.ts.
 */
export function registerFacebookRoutes(routes: GraphRoutes, deps: GraphDeps): void {
  registerFacebookPageRoutes(routes, deps.store);
  registerFacebookPostRoutes(routes, deps.store);
}
