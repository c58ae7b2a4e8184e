import { GraphDeps, GraphRoutes } from './graph-routes';
import { registerInstagramMediaRoutes } from './instagram-media.routes';
import { registerInstagramUserRoutes } from './instagram-user.routes';

/**
 * Instagram content publishing through Facebook Login: container → status → media_publish, with
 * the media fetched and checked for real (JPEG, ≤ 8 MiB, aspect ratio, width), the rolling quota,
 * comments, insights and the listings reconciliation reads. One file per resource: the IG user
 * (instagram-user.routes.ts), a container and a media object (instagram-media.routes.ts); the
 * shared rules in instagram-publishing.ts, the rendering in instagram-render.ts.
 */
export function registerInstagramRoutes(routes: GraphRoutes, deps: GraphDeps): void {
  registerInstagramUserRoutes(routes, deps.store);
  registerInstagramMediaRoutes(routes, deps.store);
}
