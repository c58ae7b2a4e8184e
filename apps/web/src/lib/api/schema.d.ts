// Generated from the api's OpenAPI document by `npm run web:api-types`; do not edit.
// A test fails when this file is stale against the document the api serves.

export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        delete: operations["AccountsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/posting-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["PostsController_postingSlots"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/callback/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/connect/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_connect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/connect/facebook/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountsController_attachPages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/connect/facebook/pending/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QueueBoardController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApprovalsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_loginRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logoutRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refreshRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compose/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComposeController_previewRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/best-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best time to post: hour-of-week heatmap of engagement rate
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). From the subtree's own posts published in the range (default the last 90 days), by local weekday (1 = Monday) and hour: samples and mean engagement rate per post. Cells with fewer than 3 samples are suppressed, and all of them when there are fewer than 30 in total (sufficient: false). Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_bestTimes[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/best-times/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best time to post: hour-of-week heatmap of engagement rate
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). From the subtree's own posts published in the range (default the last 90 days), by local weekday (1 = Monday) and hour: samples and mean engagement rate per post. Cells with fewer than 3 samples are suppressed, and all of them when there are fewer than 30 in total (sufficient: false). Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_bestTimes[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posts published against posting targets, per node, platform and week or month
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Lists every node in the subtree with a target (a unit without its own inherits its nearest ancestor's), the posts it published itself in each period overlapping the range (weeks ISO, Monday first; months calendar), and whether it is ahead, on track or behind over the periods that have ended. JSON rows come in pages, worst first (`limit`, default 50; `cursor` = the previous `nextCursor`; `status` for the rows of one status only); `summary` always covers every row (`nodesBehind`: nodes behind on some platform) and `behind` names the nodes furthest behind, worst first (`behindLimit`, default 10). The CSV export holds every row.
         */
        get: operations["DashboardsController_consistency[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/consistency/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posts published against posting targets, per node, platform and week or month
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Lists every node in the subtree with a target (a unit without its own inherits its nearest ancestor's), the posts it published itself in each period overlapping the range (weeks ISO, Monday first; months calendar), and whether it is ahead, on track or behind over the periods that have ended. JSON rows come in pages, worst first (`limit`, default 50; `cursor` = the previous `nextCursor`; `status` for the rows of one status only); `summary` always covers every row (`nodesBehind`: nodes behind on some platform) and `behind` names the nodes furthest behind, worst first (`behindLimit`, default 10). The CSV export holds every row.
         */
        get: operations["DashboardsController_consistency[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaderboard of the node's child units (e.g. a Kanwil's UPTs)
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Per child: posts, views, reach, engagements, engagement rate, followers at the end of the range and their growth over it. Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_leaderboard[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/leaderboard/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaderboard of the node's child units (e.g. a Kanwil's UPTs)
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Per child: posts, views, reach, engagements, engagement rate, followers at the end of the range and their growth over it. Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_leaderboard[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals per platform and change against the previous period of equal length
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_overview[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/overview/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals per platform and change against the previous period of equal length
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_overview[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily series per platform and metric (missing days are 0)
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM).
         */
        get: operations["DashboardsController_timeSeries[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/timeseries/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily series per platform and metric (missing days are 0)
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM).
         */
        get: operations["DashboardsController_timeSeries[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/top-posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best posts published in the range, with their release and permalink
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Metrics are each post's latest cumulative counters. Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_topPosts[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/top-posts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best posts published in the range, with their release and permalink
         * @description Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM). Metrics are each post's latest cumulative counters. Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, the same engagements / followers (the accounts’ follower count at the end of the range); null when neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.
         */
        get: operations["DashboardsController_topPosts[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DraftsController_updateRoute"];
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_list"];
        put?: never;
        post: operations["MediaController_uploadRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_remove"];
        options?: never;
        head?: never;
        patch: operations["UsersController_change"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_listRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAllRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_list"];
        put?: never;
        post: operations["OrganizationsController_createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganizationsController_updateRoute"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/posting-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The node's own targets and those it inherits from its ancestors */
        get: operations["PostingTargetsController_get"];
        /** Create or change one target (target:manage); audited */
        put: operations["PostingTargetsController_put"];
        post?: never;
        /** Remove one target (target:manage); audited */
        delete: operations["PostingTargetsController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationWebhooksController_get"];
        put: operations["OrganizationWebhooksController_put"];
        post?: never;
        delete: operations["OrganizationWebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/webhook/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganizationWebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReleasesController_list"];
        put?: never;
        post: operations["ReleasesController_createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReleasesController_get"];
        put?: never;
        post?: never;
        delete: operations["ReleasesController_deleteRoute"];
        options?: never;
        head?: never;
        patch: operations["ReleasesController_updateRoute"];
        trace?: never;
    };
    "/api/v1/releases/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApprovalsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApprovalsController_approveRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReleasesController_archiveRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DraftsController_list"];
        put?: never;
        post: operations["DraftsController_createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ReleasesController_mediaRoute"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApprovalsController_requestChangesRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_scheduleRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApprovalsController_submissionsRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApprovalsController_submitRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-public/{id}/{variant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaPublicController_fetch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountPage: {
            items: components["schemas"]["AccountView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        AccountStatus: "active" | "needs_reconnect" | "limited" | "disconnected";
        AccountView: {
            /** Format: uuid */
            connectedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            /**
             * Format: date-time
             * @description When the token expires; null when it does not.
             */
            expiresAt: string | null;
            externalId: string;
            handle: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Instagram: its Facebook Page's id. */
            parentExternalId: string | null;
            platform: components["schemas"]["Platform"];
            /**
             * @description Daily posting times (HH:MM in its node's zone), sorted, for "next free slot".
             * @example [
             *       "08:00",
             *       "12:00",
             *       "19:00"
             *     ]
             */
            postingSlots: string[];
            scopes: string[];
            status: components["schemas"]["AccountStatus"];
            /** @description Why it needs reconnecting or is limited. */
            statusReason: string | null;
            /** Format: date-time */
            tokenRefreshedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AddMembershipDto: {
            organizationId: string;
            /** @enum {string} */
            role: "admin" | "editor" | "approver" | "viewer";
        };
        /** @enum {string} */
        ApprovalDecision: "approved" | "changes_requested";
        ApprovalList: {
            items: components["schemas"]["ApprovalView"][];
        };
        /** @enum {string} */
        ApprovalPolicy: "none" | "single_step" | "two_step";
        ApprovalQueuePage: {
            items: components["schemas"]["QueuedReleaseView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ApprovalView: {
            comment: string | null;
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            decidedBy: string | null;
            decision: components["schemas"]["ApprovalDecision"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            releaseId: string;
            /** @description The version of the release the approver judged. */
            releaseVersion: number;
            /** @enum {number} */
            step: 1 | 2;
        };
        ApproveReleaseDto: {
            comment?: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        ArchiveReleaseDto: {
            reason?: string;
            /** @description The version you read; 409 if it moved. */
            version?: number;
        };
        AttachedAccountsView: {
            accounts: components["schemas"]["AccountView"][];
        };
        AttachPagesDto: {
            /**
             * @description Also attach each Page’s Instagram account.
             * @default true
             */
            includeInstagram: boolean;
            /** @description Page ids from the callback choices. */
            pageIds: string[];
            pendingConnectionId: string;
        };
        /** @enum {string} */
        AttemptKind: "post" | "thread_part" | "first_comment";
        /** @enum {string} */
        AttemptOutcome: "pending" | "sent" | "rejected" | "unknown" | "found" | "absent" | "resolved";
        AuditEventPage: {
            items: components["schemas"]["AuditEventView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditEventView: {
            /** @example post.scheduled */
            action: string;
            actorEmail: string | null;
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            /**
             * @description Sequence number (a string: it outgrows JSON numbers).
             * @example 1042
             */
            id: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            reason: string | null;
            requestId: string | null;
            subjectId: string | null;
            subjectType: string;
        };
        BehindNodeView: {
            name: string;
            /** Format: uuid */
            organizationId: string;
            platforms: components["schemas"]["Platform"][];
        };
        BestTimesView: {
            best: components["schemas"]["HeatmapCellView"][];
            cells: components["schemas"]["HeatmapCellView"][];
            minSamplesPerCell: number;
            minSamplesTotal: number;
            node: components["schemas"]["DashboardNodeView"];
            range: components["schemas"]["DayRangeView"];
            sufficient: boolean;
            totalSamples: number;
        };
        CalendarAccountView: {
            displayName: string;
            handle: string;
        };
        CalendarItemView: {
            account: components["schemas"]["CalendarAccountView"];
            /**
             * Format: date-time
             * @description Where it sits: publishedAt once published, publishAt otherwise.
             */
            at: string;
            /** Format: uuid */
            id: string;
            lastError: components["schemas"]["PostErrorView"] | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permalink: string | null;
            platform: components["schemas"]["Platform"];
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: uuid */
            releaseId: string;
            releaseTitle: string;
            /** Format: uuid */
            socialAccountId: string;
            state: components["schemas"]["PostState"];
            version: number;
            /**
             * @description The zone the times are written in.
             * @example Asia/Jakarta
             */
            zone: string;
        };
        CalendarPage: {
            items: components["schemas"]["CalendarItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CancelPostDto: {
            reason?: string;
            version: number;
        };
        ChangeRoleDto: {
            reason?: string;
            /** @enum {string} */
            role: "admin" | "editor" | "approver" | "viewer";
        };
        ComposedVariantView: {
            firstComment?: string;
            hashtags: string[];
            /** @description The composer's media plan (kind: original | padded | title_card, see libs/composer MediaPlan); nothing is rendered in a preview. */
            media: {
                [key: string]: unknown;
            }[];
            mentions: string[];
            platform: components["schemas"]["Platform"];
            report: components["schemas"]["ValidationReportView"];
            text: string;
            thread?: string[];
        };
        ComposeOptionsDto: {
            /** @description Put Instagram hashtags in a first comment. */
            instagramHashtagsInFirstComment?: boolean;
            /** @description Compose X as a numbered thread of the whole body. */
            xThread?: boolean;
        };
        ComposePreviewDto: {
            body: string;
            hashtags?: string[];
            link?: string;
            /** @description Defaults to your unit when you belong to exactly one. */
            nodeId?: string;
            options?: components["schemas"]["ComposeOptionsDto"];
            platforms?: ("x" | "facebook" | "instagram")[];
            title: string;
        };
        ComposePreviewView: {
            /** Format: uuid */
            nodeId: string;
            variants: components["schemas"]["ComposedVariantView"][];
        };
        /** @enum {string} */
        ConnectCallbackStatus: "connected" | "choose_pages";
        ConnectCallbackView: {
            /** @description connected only. */
            accounts?: components["schemas"]["AccountView"][];
            /** @description choose_pages only. */
            choices?: components["schemas"]["PageChoiceView"][];
            /**
             * Format: date-time
             * @description choose_pages only.
             */
            expiresAt?: string;
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description choose_pages only.
             */
            pendingConnectionId?: string;
            status: components["schemas"]["ConnectCallbackStatus"];
        };
        ConnectStartView: {
            /** @description The platform's consent page to send the person to. */
            authorizeUrl: string;
            /** Format: date-time */
            expiresAt: string;
        };
        ConsistencyPeriodView: {
            /** Format: date */
            end: string;
            ended: boolean;
            /** Format: date */
            start: string;
        };
        ConsistencyRowView: {
            expected: number;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            periodsBehind: number;
            periodsMet: number;
            periodStatuses: components["schemas"]["PeriodStatus"][];
            platform: components["schemas"]["Platform"];
            published: number;
            publishedPerPeriod: number[];
            slug: string;
            status: components["schemas"]["ConsistencyStatus"];
            target: number;
            /**
             * Format: uuid
             * @description The node the target is set on (itself or an ancestor).
             */
            targetSetOn: string;
        };
        /** @enum {string} */
        ConsistencyStatus: "ahead" | "on_track" | "behind" | "in_progress";
        ConsistencySummaryView: {
            ahead: number;
            behind: number;
            in_progress: number;
            nodes: number;
            nodesBehind: number;
            on_track: number;
            rows: number;
        };
        ConsistencyView: {
            behind: components["schemas"]["BehindNodeView"][];
            nextCursor: string | null;
            node: components["schemas"]["DashboardNodeView"];
            period: components["schemas"]["TargetPeriod"];
            periods: components["schemas"]["ConsistencyPeriodView"][];
            range: components["schemas"]["DayRangeView"];
            rows: components["schemas"]["ConsistencyRowView"][];
            summary: components["schemas"]["ConsistencySummaryView"];
        };
        CreatedMembershipView: {
            /** Format: uuid */
            membershipId: string;
        };
        CreateDraftsDto: {
            options?: components["schemas"]["ComposeOptionsDto"];
        };
        CreatedUserView: {
            /** Format: uuid */
            membershipId: string;
            /** Format: uuid */
            userId: string;
        };
        CreateOrganizationDto: {
            /** @enum {string} */
            approvalPolicy?: "none" | "single_step" | "two_step";
            defaultHashtags?: string[];
            /** @enum {string} */
            kind: "directorate" | "regional_office" | "unit";
            name: string;
            parentId: string;
            settings?: Record<string, never>;
            /** @example rutan-bengkulu */
            slug: string;
            /** @example Asia/Jakarta */
            timezone?: string;
        };
        CreateReleaseDto: {
            body: string;
            /**
             * @description Day of the event (YYYY-MM-DD), for the title card and the fact check. Absent or null: read from the text ("Selasa (15/10)").
             * @example 2024-10-15
             */
            eventDate?: string;
            /** @enum {string} */
            language?: "id" | "en";
            link?: string;
            organizationId: string;
            /**
             * @example [
             *       "Humas Pemasyarakatan",
             *       "#RutanBengkulu"
             *     ]
             */
            tags?: string[];
            title: string;
        };
        CreateUserDto: {
            email: string;
            /** @enum {string} */
            locale?: "id" | "en";
            name: string;
            organizationId: string;
            /** @description Initial password, at least 10 characters; the person changes it later. */
            password: string;
            /** @enum {string} */
            role: "admin" | "editor" | "approver" | "viewer";
        };
        DashboardNodeView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            /** @example Asia/Jakarta */
            timezone: string;
        };
        DayRangeView: {
            days: number;
            /**
             * Format: date
             * @description First local day (inclusive).
             */
            from: string;
            /**
             * Format: date
             * @description Last local day (inclusive).
             */
            to: string;
        };
        DraftAccountView: {
            displayName: string;
            handle: string;
            status: components["schemas"]["AccountStatus"];
        };
        DraftList: {
            items: components["schemas"]["DraftView"][];
        };
        /** @enum {string} */
        DraftMediaPurpose: "original" | "instagram_padded" | "title_card";
        DraftMediaSelectionDto: {
            altText?: Record<string, never> | null;
            /** @description A media id from the draft, or an asset attached to the release. */
            id: string;
        };
        /** @enum {string} */
        DraftMediaSource: "asset" | "rendition";
        DraftMediaView: {
            altText?: string;
            /**
             * Format: uuid
             * @description null for a title card.
             */
            assetId: string | null;
            bytes: number;
            height: number;
            /** Format: uuid */
            id: string;
            mediaKind: components["schemas"]["MediaKind"];
            mime: string;
            purpose: components["schemas"]["DraftMediaPurpose"];
            source: components["schemas"]["DraftMediaSource"];
            /** @description Expiring URL of the file (an <img> can use it). */
            url: string;
            /** Format: date-time */
            urlExpiresAt: string;
            width: number;
        };
        /**
         * @description On POST releases/:id/drafts only.
         * @enum {string}
         */
        DraftOutcome: "created" | "refreshed" | "unchanged" | "kept";
        DraftView: {
            account: components["schemas"]["DraftAccountView"];
            /** Format: date-time */
            createdAt: string;
            /** @description A person edited it: re-composing leaves it alone. */
            edited: boolean;
            factCheck: components["schemas"]["FactCheckView"];
            firstComment?: string;
            hashtags: string[];
            /** Format: uuid */
            id: string;
            media: components["schemas"]["DraftMediaView"][];
            mentions: string[];
            /** @description On POST releases/:id/drafts only. */
            outcome?: components["schemas"]["DraftOutcome"];
            platform: components["schemas"]["Platform"];
            /** Format: date-time */
            publishAt: string | null;
            /** Format: uuid */
            releaseId: string;
            report: components["schemas"]["ValidationReportView"];
            /** Format: uuid */
            socialAccountId: string;
            state: components["schemas"]["PostState"];
            text: string;
            /** @description Thread parts (X), when a thread. */
            thread?: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ErrorDetail: {
            /** @example isUuid */
            code: string;
            /** @description The input field the detail is about, when there is one. */
            field?: string;
            /** @description In the caller's language. */
            message: string;
        };
        ErrorInfo: {
            /**
             * @description Stable machine code, e.g. POST_NOT_EDITABLE.
             * @example NOT_FOUND
             */
            code: string;
            details: components["schemas"]["ErrorDetail"][];
            /** @description In the language of Accept-Language (id default, en). */
            message: string;
        };
        ErrorResponse: {
            error: components["schemas"]["ErrorInfo"];
            requestId: string | null;
        };
        FactCheckView: {
            /** @description True when every fact in the text also appears in the release. */
            consistent: boolean;
            differences: components["schemas"]["FactDifferenceView"][];
        };
        FactDifferenceView: {
            end: number;
            kind: components["schemas"]["FactKind"];
            /** @description Where: 'text', 'thread[2]', 'firstComment'. */
            path: string;
            start: number;
            value: string;
        };
        /** @enum {string} */
        FactKind: "url" | "phone" | "date" | "time" | "number" | "name";
        HeatmapCellView: {
            /** @description 1 = Monday. */
            dayOfWeek: number;
            engagementRate: number | null;
            hour: number;
            samples: number;
            suppressed: boolean;
        };
        InstagramChoiceView: {
            id: string;
            name: string;
            username: string;
        };
        /** @enum {string} */
        Language: "id" | "en";
        /**
         * @description Figures that leave out some of the row's platforms because they never report them: "reach" over X and Facebook posts is Facebook's reach only.
         * @enum {string}
         */
        LeaderboardFigure: "reach";
        LeaderboardRowView: {
            engagementRate: number | null;
            engagements: number;
            followerGrowth: number | null;
            followers: number | null;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Figures that leave out some of the row's platforms because they never report them: "reach" over X and Facebook posts is Facebook's reach only. */
            partlyUnknown: components["schemas"]["LeaderboardFigure"][];
            postsPublished: number;
            rank: number;
            /** @description null when none of the row's platforms reports reach (X alone). */
            reach: number | null;
            slug: string;
            views: number;
        };
        /** @enum {string} */
        LeaderboardSort: "reach" | "views" | "posts" | "engagements" | "engagementRate" | "followerGrowth";
        LeaderboardView: {
            node: components["schemas"]["DashboardNodeView"];
            range: components["schemas"]["DayRangeView"];
            rows: components["schemas"]["LeaderboardRowView"][];
            sort: components["schemas"]["LeaderboardSort"];
        };
        LoginDto: {
            /** @description Browsers: keep the refresh token in an httpOnly cookie instead of the body. */
            cookie?: boolean;
            /** @example editor.rutan@warta.local */
            email: string;
            /** @example warta-demo */
            password: string;
        };
        MediaAssetPage: {
            items: components["schemas"]["MediaAssetView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        MediaAssetView: {
            bytes: number;
            /** @description The file for a signed-in caller (bearer token). */
            contentPath: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description Videos only. */
            durationMs: number | null;
            /** @description Original file name, for display. */
            filename: string | null;
            height: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MediaKind"];
            /** @example image/jpeg */
            mime: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Expiring URL a platform (or an <img> tag) can fetch without a token. */
            publicUrl: string;
            /** Format: date-time */
            publicUrlExpiresAt: string;
            sha256: string;
            width: number;
        };
        /** @enum {string} */
        MediaKind: "image" | "video";
        MembershipView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationKind: components["schemas"]["OrganizationKind"];
            organizationName: string;
            /**
             * @description The node's IANA zone.
             * @example Asia/Jakarta
             */
            organizationTimezone: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            userId: string;
        };
        MetricBlockView: {
            clicks: number | null;
            comments: number | null;
            engagementRate: number | null;
            engagements: number | null;
            likes: number | null;
            postsPublished: number;
            reach: number | null;
            saves: number | null;
            shares: number | null;
            views: number | null;
        };
        MetricChangesView: {
            clicks: components["schemas"]["MetricChangeView"];
            comments: components["schemas"]["MetricChangeView"];
            engagementRate: components["schemas"]["MetricChangeView"];
            engagements: components["schemas"]["MetricChangeView"];
            likes: components["schemas"]["MetricChangeView"];
            postsPublished: components["schemas"]["MetricChangeView"];
            reach: components["schemas"]["MetricChangeView"];
            saves: components["schemas"]["MetricChangeView"];
            shares: components["schemas"]["MetricChangeView"];
            views: components["schemas"]["MetricChangeView"];
        };
        MetricChangeView: {
            absolute: number | null;
            /** @description null when the previous value was 0. */
            percent: number | null;
        };
        /**
         * @description Counters that leave out some of the row's platforms because they never report them: on the "all" row, "reach" over X and Facebook figures is Facebook's reach only (when X alone has figures, reach is null instead). Always empty on a platform's own row.
         * @enum {string}
         */
        MetricCounter: "views" | "reach" | "likes" | "comments" | "shares" | "saves" | "clicks";
        MeUserView: {
            email: string;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Language"];
            name: string;
        };
        MeView: {
            memberships: components["schemas"]["MembershipView"][];
            /** @description What the caller may do on each membership node and every node below it. */
            permissions: components["schemas"]["NodePermissionsView"][];
            user: components["schemas"]["MeUserView"];
        };
        NodePermissionsView: {
            /** Format: uuid */
            organizationId: string;
            permissions: components["schemas"]["Permission"][];
        };
        /** @enum {string} */
        NotificationKind: "post_failed" | "post_needs_review" | "account_needs_reconnect";
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        NotificationReadView: {
            /** Format: uuid */
            id: string;
            /** @enum {boolean} */
            read: true;
        };
        NotificationView: {
            /** @description In Accept-Language. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** Format: uuid */
            organizationId: string;
            params: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            postId: string | null;
            read: boolean;
            /** @description Machine reason (error class or status). */
            reason: string;
            /** Format: uuid */
            socialAccountId: string | null;
            /** @description In Accept-Language. */
            title: string;
        };
        /** @enum {string} */
        OrganizationKind: "directorate" | "regional_office" | "unit";
        OrganizationPage: {
            items: components["schemas"]["OrganizationView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrganizationView: {
            approvalPolicy: components["schemas"]["ApprovalPolicy"];
            /** Format: date-time */
            createdAt: string;
            defaultHashtags: string[];
            /** @description 0 for a root node. */
            depth: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            /**
             * Format: uuid
             * @description null for a root node.
             */
            parentId: string | null;
            settings: {
                [key: string]: unknown;
            };
            slug: string;
            /**
             * @description IANA zone: local times of the node are read in it.
             * @example Asia/Jakarta
             */
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OverviewRowView: {
            change: components["schemas"]["MetricChangesView"];
            current: components["schemas"]["MetricBlockView"];
            /** @description Counters that leave out some of the row's platforms because they never report them: on the "all" row, "reach" over X and Facebook figures is Facebook's reach only (when X alone has figures, reach is null instead). Always empty on a platform's own row. */
            partlyUnknown: components["schemas"]["MetricCounter"][];
            platform: components["schemas"]["PlatformOrAll"];
            previous: components["schemas"]["MetricBlockView"];
        };
        OverviewView: {
            node: components["schemas"]["DashboardNodeView"];
            previousRange: components["schemas"]["DayRangeView"];
            range: components["schemas"]["DayRangeView"];
            rows: components["schemas"]["OverviewRowView"][];
        };
        PageChoiceView: {
            instagram: components["schemas"]["InstagramChoiceView"] | null;
            name: string;
            pageId: string;
        };
        PendingConnectionView: {
            choices: components["schemas"]["PageChoiceView"][];
            /**
             * Format: date-time
             * @description Choose before this (30 minutes after the callback).
             */
            expiresAt: string;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            pendingConnectionId: string;
        };
        /** @enum {string} */
        PeriodStatus: "ahead" | "met" | "behind" | "in_progress";
        /** @enum {string} */
        Permission: "org:read" | "org:manage" | "user:manage" | "release:read" | "release:write" | "release:approve" | "post:schedule" | "post:resolve" | "account:read" | "account:manage" | "analytics:read" | "target:manage" | "audit:read";
        /** @enum {string} */
        Platform: "x" | "facebook" | "instagram";
        /** @enum {string} */
        PlatformOrAll: "x" | "facebook" | "instagram" | "all";
        PostAccountRefView: {
            displayName: string;
            handle: string;
            /** Format: uuid */
            id: string;
            platform: components["schemas"]["Platform"];
        };
        PostAccountView: {
            displayName: string;
            handle: string;
            status: components["schemas"]["AccountStatus"];
        };
        /**
         * @description What its state allows a person to do (your role may still refuse: 403). mark_published / send_again are the resolve choices (POST posts/:id/resolve): mark_published when you found the post on the platform (give its link), send_again to publish it now as a new version.
         * @enum {string}
         */
        PostAction: "schedule" | "edit" | "cancel" | "mark_published" | "send_again";
        PostAttemptView: {
            /** @description The platform's error in plain words. */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["AttemptKind"];
            outcome: components["schemas"]["AttemptOutcome"];
            /** @description 0 for the post itself, n for thread part n. */
            part: number;
            platformId: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @description The post version it sent. */
            version: number;
        };
        PostContentView: {
            /** @description A person edited the draft. */
            edited: boolean;
            firstComment?: string;
            hashtags: string[];
            media: components["schemas"]["PostMediaRefView"][];
            mentions: string[];
            text: string;
            thread?: string[];
        };
        PostDetailView: {
            account: components["schemas"]["PostAccountView"];
            /** @description What its state allows a person to do (your role may still refuse: 403). mark_published / send_again are the resolve choices (POST posts/:id/resolve): mark_published when you found the post on the platform (give its link), send_again to publish it now as a new version. */
            actions: components["schemas"]["PostAction"][];
            attemptCount: number;
            /** @description Every send attempt, oldest first. */
            attempts: components["schemas"]["PostAttemptView"][];
            /** @description Platform ids of thread parts / first comment sent. */
            childIds: string[];
            content: components["schemas"]["PostContentView"];
            /** @description Audited changes, oldest first. */
            history: components["schemas"]["PostHistoryEntryView"][];
            /** Format: uuid */
            id: string;
            lastError: components["schemas"]["PostErrorView"] | null;
            /** @description null until metrics were collected. */
            metrics: components["schemas"]["PostMetricsView"] | null;
            /** Format: uuid */
            organizationId: string;
            permalink: string | null;
            platform: components["schemas"]["Platform"];
            platformPostId: string | null;
            /**
             * Format: date-time
             * @description With the offset of `publishZone`.
             */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example Asia/Jakarta */
            publishZone: string | null;
            /** Format: uuid */
            releaseId: string;
            releaseTitle: string;
            /** Format: uuid */
            socialAccountId: string;
            state: components["schemas"]["PostState"];
            version: number;
        };
        PostErrorView: {
            /**
             * @description The error's kind (platforms/README.md taxonomy).
             * @example rate_limited
             */
            class: string;
            /** @description The platform's error in plain words. */
            message: string | null;
        };
        PostHistoryEntryView: {
            /** @example post.scheduled */
            action: string;
            actorEmail: string | null;
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            at: string;
            data: {
                [key: string]: unknown;
            };
            reason: string | null;
        };
        PostingSlotsDto: {
            /**
             * @description HH:MM in the node's zone.
             * @example [
             *       "08:00",
             *       "12:00",
             *       "19:00"
             *     ]
             */
            slots: string[];
            version: number;
        };
        PostingSlotsView: {
            /**
             * @example [
             *       "08:00",
             *       "12:00"
             *     ]
             */
            slots: string[];
            /** Format: uuid */
            socialAccountId: string;
            version: number;
            /** @example Asia/Jakarta */
            zone: string;
        };
        PostingTargetsView: {
            /** @description Those it inherits from its ancestors. */
            inherited: components["schemas"]["PostingTargetView"][];
            /** @description The node's own targets. */
            items: components["schemas"]["PostingTargetView"][];
            /** Format: uuid */
            organizationId: string;
        };
        PostingTargetView: {
            count: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            period: components["schemas"]["TargetPeriod"];
            platform: components["schemas"]["Platform"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PostListItemView: {
            account: components["schemas"]["PostAccountRefView"];
            /** @description The first 200 characters of the text. */
            excerpt: string;
            /** Format: uuid */
            id: string;
            lastError: components["schemas"]["PostErrorView"] | null;
            organization: components["schemas"]["PostOrganizationRefView"];
            permalink: string | null;
            platform: components["schemas"]["Platform"];
            /**
             * Format: date-time
             * @description With the offset of the post's zone (else its node's).
             */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: uuid */
            releaseId: string;
            releaseTitle: string;
            state: components["schemas"]["PostState"];
            version: number;
        };
        PostMediaRefView: {
            altText?: string;
            /**
             * Format: uuid
             * @description null for a title card.
             */
            assetId: string | null;
            bytes: number;
            height: number;
            /** Format: uuid */
            id: string;
            mediaKind: components["schemas"]["MediaKind"];
            mime: string;
            purpose: components["schemas"]["DraftMediaPurpose"];
            source: components["schemas"]["DraftMediaSource"];
            width: number;
        };
        PostMetricsView: {
            /** Format: date-time */
            capturedAt: string;
            clicks: number | null;
            comments: number | null;
            likes: number | null;
            reach: number | null;
            saves: number | null;
            shares: number | null;
            views: number | null;
        };
        PostOrganizationRefView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example Asia/Jakarta */
            timezone: string;
        };
        PostPage: {
            items: components["schemas"]["PostListItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        PostState: "draft" | "scheduled" | "queued" | "preparing" | "ready" | "sending" | "published" | "retry_wait" | "unknown" | "reconciling" | "needs_review" | "failed" | "cancelled";
        PostView: {
            account: components["schemas"]["PostAccountView"];
            /** @description What its state allows a person to do (your role may still refuse: 403). mark_published / send_again are the resolve choices (POST posts/:id/resolve): mark_published when you found the post on the platform (give its link), send_again to publish it now as a new version. */
            actions: components["schemas"]["PostAction"][];
            attemptCount: number;
            /** @description Platform ids of thread parts / first comment sent. */
            childIds: string[];
            content: components["schemas"]["PostContentView"];
            /** Format: uuid */
            id: string;
            lastError: components["schemas"]["PostErrorView"] | null;
            /** Format: uuid */
            organizationId: string;
            permalink: string | null;
            platform: components["schemas"]["Platform"];
            platformPostId: string | null;
            /**
             * Format: date-time
             * @description With the offset of `publishZone`.
             */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example Asia/Jakarta */
            publishZone: string | null;
            /** Format: uuid */
            releaseId: string;
            releaseTitle: string;
            /** Format: uuid */
            socialAccountId: string;
            state: components["schemas"]["PostState"];
            version: number;
        };
        PostViewList: {
            items: components["schemas"]["PostView"][];
        };
        /** @enum {string} */
        ProblemSeverity: "error" | "warning" | "info";
        ProblemView: {
            /** @example X_TOO_LONG */
            code: string;
            end?: number;
            message: string;
            params?: {
                [key: string]: string | number;
            };
            /** @description Where: 'text', 'thread[2]', 'media[0]', 'firstComment'. */
            path?: string;
            severity: components["schemas"]["ProblemSeverity"];
            /** @description UTF-16 offset into the text at `path`. */
            start?: number;
        };
        PutWebhookDto: {
            /** @description Default: every event. */
            events?: ("post_failed" | "post_needs_review" | "account_needs_reconnect")[];
            /** @example https://humas.example.go.id/warta-webhook */
            url: string;
            /** @description The version you read; 409 if it moved. Leave out to create. */
            version?: number;
        };
        QueueBoardSessionView: {
            /** Format: date-time */
            expiresAt: string;
            /** @example /admin/queues */
            path: string;
        };
        QueuedReleaseView: {
            approvalPolicy: components["schemas"]["ApprovalPolicy"];
            /** @description null when the author is gone. */
            author: components["schemas"]["UserRefView"] | null;
            /** Format: uuid */
            authorId: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description What this round's submission sent. */
            currentSubmission: components["schemas"]["SubmissionView"] | null;
            /** @description The posts being approved, with their reports. */
            drafts: components["schemas"]["DraftView"][];
            /**
             * Format: date
             * @description The day of the event (YYYY-MM-DD); null when the text names none. The title card shows it.
             */
            eventDate: string | null;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["Language"];
            link: string | null;
            /** @description Attached media, in order (on a single release; absent in lists and decisions). */
            media?: components["schemas"]["ReleaseMediaView"][];
            /** Format: uuid */
            organizationId: string;
            /**
             * @description The step the release waits for.
             * @enum {number}
             */
            pendingStep: 1 | 2;
            /** @description The submission before it (null on a first round): diff it with currentSubmission. */
            previousSubmission: components["schemas"]["SubmissionView"] | null;
            status: components["schemas"]["ReleaseStatus"];
            /** @description Steps of this review round already done. */
            stepsDone: components["schemas"]["ReviewStepView"][];
            /** Format: date-time */
            submittedAt: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ReadThroughView: {
            /** Format: date-time */
            readThrough: string;
        };
        ReasonDto: {
            reason?: string;
        };
        RefreshDto: {
            /** @description Omit when the refresh token travels in the cookie. */
            refreshToken?: string;
        };
        ReleaseDecisionView: {
            approval: components["schemas"]["ApprovalView"] | null;
            /** Format: uuid */
            authorId: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @description The day of the event (YYYY-MM-DD); null when the text names none. The title card shows it.
             */
            eventDate: string | null;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["Language"];
            link: string | null;
            /** @description Attached media, in order (on a single release; absent in lists and decisions). */
            media?: components["schemas"]["ReleaseMediaView"][];
            /** Format: uuid */
            organizationId: string;
            status: components["schemas"]["ReleaseStatus"];
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ReleaseMediaItemDto: {
            /** @description Describes the image for screen readers. */
            altText?: Record<string, never> | null;
            assetId: string;
        };
        ReleaseMediaView: {
            altText: string | null;
            /** Format: uuid */
            assetId: string;
            bytes: number;
            durationMs: number | null;
            height: number;
            mime: string;
            /** @description 0-based order. */
            position: number;
            width: number;
        };
        ReleasePage: {
            items: components["schemas"]["ReleaseView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        ReleaseStatus: "draft" | "in_review" | "changes_requested" | "approved" | "archived";
        ReleaseView: {
            /** Format: uuid */
            authorId: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @description The day of the event (YYYY-MM-DD); null when the text names none. The title card shows it.
             */
            eventDate: string | null;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["Language"];
            link: string | null;
            /** @description Attached media, in order (on a single release; absent in lists and decisions). */
            media?: components["schemas"]["ReleaseMediaView"][];
            /** Format: uuid */
            organizationId: string;
            status: components["schemas"]["ReleaseStatus"];
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RequestChangesDto: {
            /** @description What the editor should change. */
            comment: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        ResolvePostDto: {
            /**
             * @description "mark_published": you found it on the platform (give its link); "send_again": publish it now as a new version.
             * @enum {string}
             */
            action: "mark_published" | "send_again";
            /** @description Required for mark_published: the https link of the post. */
            permalink?: string;
            /** @description The platform id of the post, when you know it. */
            platformPostId?: string;
            /** @description Why: kept in the audit trail. */
            reason: string;
            version: number;
        };
        ReviewStepView: {
            comment: string | null;
            /** Format: date-time */
            decidedAt: string;
            /** @description null when the user is gone. */
            decidedBy: components["schemas"]["UserRefView"] | null;
            decision: components["schemas"]["ApprovalDecision"];
            /** @enum {number} */
            step: 1 | 2;
        };
        /** @enum {string} */
        Role: "admin" | "editor" | "approver" | "viewer";
        SchedulePostDto: {
            /**
             * @description Local time in the node's zone.
             * @example 2026-12-01T08:00
             */
            localTime?: string;
            /**
             * @description "at": at `publishAt` (ISO 8601 with offset) or `localTime` (YYYY-MM-DDTHH:mm in the node's zone); "now"; "next_slot": the account's next free posting slot.
             * @enum {string}
             */
            mode: "at" | "now" | "next_slot";
            /** @example 2026-12-01T08:00:00+07:00 */
            publishAt?: string;
            reason?: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        ScheduleReleaseDto: {
            /**
             * @description Local time in the node's zone.
             * @example 2026-12-01T08:00
             */
            localTime?: string;
            /**
             * @description "at": at `publishAt` (ISO 8601 with offset) or `localTime` (YYYY-MM-DDTHH:mm in the node's zone); "now"; "next_slot": the account's next free posting slot.
             * @enum {string}
             */
            mode: "at" | "now" | "next_slot";
            /** @description Only these posts of the release (default: every draft). */
            postIds?: string[];
            /** @example 2026-12-01T08:00:00+07:00 */
            publishAt?: string;
            reason?: string;
        };
        /** @enum {string} */
        SeriesMetric: "postsPublished" | "views" | "reach" | "likes" | "comments" | "shares" | "saves" | "clicks" | "engagements";
        SeriesPointView: {
            /** Format: date */
            day: string;
            /** @description null for a counter the platform never reports (X reach, Facebook saves, Instagram link clicks), never 0. */
            value: number | null;
        };
        SeriesView: {
            metric: components["schemas"]["SeriesMetric"];
            platform: components["schemas"]["Platform"];
            points: components["schemas"]["SeriesPointView"][];
        };
        SetPostingTargetDto: {
            /** @description Posts the node should publish per period. */
            count: number;
            /**
             * @description ISO week (Monday first) or calendar month, in the node's zone.
             * @enum {string}
             */
            period: "week" | "month";
            /** @enum {string} */
            platform: "x" | "facebook" | "instagram";
            reason?: string;
            /** @description The version you read; required to change an existing target, omitted to create one. 409 if it moved. */
            version?: number;
        };
        SetReleaseMediaDto: {
            /** @description The full ordered list; unlisted media is detached. */
            media: components["schemas"]["ReleaseMediaItemDto"][];
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        SubmissionList: {
            items: components["schemas"]["SubmissionView"][];
        };
        SubmissionView: {
            body: string;
            drafts: components["schemas"]["SubmittedDraftView"][];
            link: string | null;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: components["schemas"]["UserRefView"] | null;
            tags: string[];
            title: string;
            /** @description The release's version once submitted. */
            version: number;
        };
        SubmitReleaseDto: {
            reason?: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        SubmittedDraftView: {
            accountHandle: string;
            firstComment: string | null;
            media: components["schemas"]["SubmittedMediaView"][];
            platform: components["schemas"]["Platform"];
            /** Format: uuid */
            postId: string;
            text: string;
            thread: string[] | null;
        };
        SubmittedMediaView: {
            altText: string | null;
            /** Format: uuid */
            id: string;
            purpose: components["schemas"]["DraftMediaPurpose"];
        };
        /** @enum {string} */
        TargetPeriod: "week" | "month";
        TimeSeriesView: {
            metrics: components["schemas"]["SeriesMetric"][];
            node: components["schemas"]["DashboardNodeView"];
            range: components["schemas"]["DayRangeView"];
            series: components["schemas"]["SeriesView"][];
        };
        TokensResponse: {
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @description Absent when the cookie carries it. */
            refreshToken?: string;
        };
        TopPostMetricsView: {
            clicks: number | null;
            comments: number | null;
            engagements: number | null;
            likes: number | null;
            reach: number | null;
            saves: number | null;
            shares: number | null;
            views: number | null;
        };
        TopPostReleaseView: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        /** @enum {string} */
        TopPostSort: "engagements" | "views" | "reach" | "engagementRate";
        TopPostsView: {
            node: components["schemas"]["DashboardNodeView"];
            range: components["schemas"]["DayRangeView"];
            rows: components["schemas"]["TopPostView"][];
            sort: components["schemas"]["TopPostSort"];
        };
        TopPostView: {
            engagementRate: number | null;
            metrics: components["schemas"]["TopPostMetricsView"] | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permalink: string | null;
            platform: components["schemas"]["Platform"];
            /** Format: uuid */
            postId: string;
            /** Format: date-time */
            publishedAt: string;
            rank: number;
            release: components["schemas"]["TopPostReleaseView"];
        };
        UpdateDraftDto: {
            /** @description null removes the first comment. */
            firstComment?: Record<string, never> | null;
            /** @description The full ordered media selection. */
            media?: components["schemas"]["DraftMediaSelectionDto"][];
            reason?: string;
            text?: string;
            /** @description Thread parts; [] makes it a single post again. */
            thread?: string[];
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        UpdateOrganizationDto: {
            /** @enum {string} */
            approvalPolicy?: "none" | "single_step" | "two_step";
            defaultHashtags?: string[];
            name?: string;
            reason?: string;
            settings?: Record<string, never>;
            timezone?: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        UpdateReleaseDto: {
            body?: string;
            /**
             * @description Day of the event (YYYY-MM-DD), for the title card and the fact check. Absent or null: read from the text ("Selasa (15/10)").
             * @example 2024-10-15
             */
            eventDate?: Record<string, never> | null;
            /** @enum {string} */
            language?: "id" | "en";
            /** @description null removes the link. */
            link?: Record<string, never> | null;
            reason?: string;
            tags?: string[];
            title?: string;
            /** @description The version you read; 409 if it moved. */
            version: number;
        };
        UploadedMediaView: {
            bytes: number;
            /** @description The file for a signed-in caller (bearer token). */
            contentPath: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description True when the node already had these exact bytes (answered 200, not 201). */
            deduplicated: boolean;
            /** @description Videos only. */
            durationMs: number | null;
            /** @description Original file name, for display. */
            filename: string | null;
            height: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MediaKind"];
            /** @example image/jpeg */
            mime: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Expiring URL a platform (or an <img> tag) can fetch without a token. */
            publicUrl: string;
            /** Format: date-time */
            publicUrlExpiresAt: string;
            sha256: string;
            width: number;
        };
        UsageView: {
            /** @description Absent when the platform sets no fixed limit. */
            limit?: number;
            used: number;
        };
        UserListItemView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Language"];
            /** @description Only the memberships inside your subtree. */
            memberships: components["schemas"]["MembershipView"][];
            name: string;
            /** @example active */
            status: string;
        };
        UserPage: {
            items: components["schemas"]["UserListItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UserRefView: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        ValidationReportView: {
            problems: components["schemas"]["ProblemView"][];
            /** @description False when any problem is an error. */
            publishable: boolean;
            used: components["schemas"]["VariantUsageView"];
        };
        VariantUsageView: {
            characters: components["schemas"]["UsageView"];
            hashtags: components["schemas"]["UsageView"];
            images: components["schemas"]["UsageView"];
            mentions: components["schemas"]["UsageView"];
            threadParts?: number;
            videos: components["schemas"]["UsageView"];
            /** @description X only: twitter-text weighted length (longest part). */
            weightedLength?: components["schemas"]["UsageView"];
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        WebhookDeliveryView: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            event: components["schemas"]["NotificationKind"];
            /** Format: uuid */
            id: string;
            lastError: string | null;
            /** @description HTTP status of the last try. */
            lastStatus: number | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: uuid */
            notificationId: string;
            status: components["schemas"]["WebhookDeliveryStatus"];
        };
        WebhookView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: components["schemas"]["NotificationKind"][];
            /** Format: uuid */
            organizationId: string;
            secretVersion: number;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookWithDeliveriesView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: components["schemas"]["NotificationKind"][];
            /** Format: uuid */
            organizationId: string;
            recentDeliveries: components["schemas"]["WebhookDeliveryView"][];
            secretVersion: number;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookWithSecretView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: components["schemas"]["NotificationKind"][];
            /** Format: uuid */
            organizationId: string;
            /** @description The signing secret, only when it is new; shown once. */
            secret: string | null;
            secretVersion: number;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                limit?: number;
                /** @description Only accounts of this node and the nodes below it. */
                organizationId?: string;
                platform?: "x" | "facebook" | "instagram";
                status?: "active" | "needs_reconnect" | "limited" | "disconnected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
        };
    };
    AccountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
        };
    };
    AccountsController_remove: {
        parameters: {
            query?: {
                reason?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
        };
    };
    PostsController_postingSlots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostingSlotsDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingSlotsView"];
                };
            };
        };
    };
    AccountsController_callback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                error_reason?: string;
                state?: string;
            };
            header?: never;
            path: {
                platform: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectCallbackView"];
                };
            };
            /** @description returnTo=web: to the web app's /accounts with the outcome. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_connect: {
        parameters: {
            query: {
                /** @description redirect = answer 302 to the platform. */
                mode?: "json" | "redirect";
                /** @description The node the account will belong to (needs account:manage there). */
                organizationId: string;
                /** @description web = the callback answers 302 to the web app's /accounts screen instead of JSON. */
                returnTo?: "web";
            };
            header?: never;
            path: {
                platform: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectStartView"];
                };
            };
            /** @description mode=redirect: to the consent page. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_attachPages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachPagesDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachedAccountsView"];
                };
            };
        };
    };
    AccountsController_pending: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingConnectionView"];
                };
            };
        };
    };
    QueueBoardController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueBoardSessionView"];
                };
            };
        };
    };
    ApprovalsController_queue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                limit?: number;
                /** @description Only releases of this node and the nodes below it (e.g. one unit). */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalQueuePage"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                from?: string;
                limit?: number;
                organizationId?: string;
                subjectId?: string;
                subjectType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
        };
    };
    AuthController_loginRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensResponse"];
                };
            };
        };
    };
    AuthController_logoutRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Signed out; the refresh cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refreshRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensResponse"];
                };
            };
        };
    };
    CalendarController_list: {
        parameters: {
            query: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                /** @description Start (inclusive), ISO 8601 with offset, e.g. 2026-12-01T00:00:00+07:00. */
                from: string;
                limit?: number;
                /** @description Posts of this node and the nodes below it. */
                organizationId?: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Comma-separated states, e.g. scheduled,failed. */
                state?: string;
                /** @description End (exclusive), ISO 8601 with offset; at most 92 days after `from`. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarPage"];
                };
            };
        };
    };
    ComposeController_previewRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComposePreviewDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComposePreviewView"];
                };
            };
        };
    };
    "DashboardsController_bestTimes[0]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BestTimesView"];
                    "text/csv": components["schemas"]["BestTimesView"];
                };
            };
        };
    };
    "DashboardsController_bestTimes[1]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BestTimesView"];
                    "text/csv": components["schemas"]["BestTimesView"];
                };
            };
        };
    };
    "DashboardsController_consistency[0]": {
        parameters: {
            query: {
                /** @description How many of the nodes furthest behind `behind` names (all rows behind: `status=behind`). */
                behindLimit?: number;
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description Rows per page (JSON only: the CSV export always holds every row). */
                limit?: number;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                /** @description ISO weeks (Monday first) or calendar months, in the node's zone. */
                period?: "week" | "month";
                platform?: "x" | "facebook" | "instagram";
                /** @description Only the rows with this status, in pages and in the CSV (the summary still covers every row). */
                status?: "ahead" | "on_track" | "behind" | "in_progress";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyView"];
                    "text/csv": components["schemas"]["ConsistencyView"];
                };
            };
        };
    };
    "DashboardsController_consistency[1]": {
        parameters: {
            query: {
                /** @description How many of the nodes furthest behind `behind` names (all rows behind: `status=behind`). */
                behindLimit?: number;
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description Rows per page (JSON only: the CSV export always holds every row). */
                limit?: number;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                /** @description ISO weeks (Monday first) or calendar months, in the node's zone. */
                period?: "week" | "month";
                platform?: "x" | "facebook" | "instagram";
                /** @description Only the rows with this status, in pages and in the CSV (the summary still covers every row). */
                status?: "ahead" | "on_track" | "behind" | "in_progress";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyView"];
                    "text/csv": components["schemas"]["ConsistencyView"];
                };
            };
        };
    };
    "DashboardsController_leaderboard[0]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                sort?: "reach" | "views" | "posts" | "engagements" | "engagementRate" | "followerGrowth";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardView"];
                    "text/csv": components["schemas"]["LeaderboardView"];
                };
            };
        };
    };
    "DashboardsController_leaderboard[1]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                sort?: "reach" | "views" | "posts" | "engagements" | "engagementRate" | "followerGrowth";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardView"];
                    "text/csv": components["schemas"]["LeaderboardView"];
                };
            };
        };
    };
    "DashboardsController_overview[0]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewView"];
                    "text/csv": components["schemas"]["OverviewView"];
                };
            };
        };
    };
    "DashboardsController_overview[1]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewView"];
                    "text/csv": components["schemas"]["OverviewView"];
                };
            };
        };
    };
    "DashboardsController_timeSeries[0]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description One metric only (default: all). */
                metric?: "postsPublished" | "views" | "reach" | "likes" | "comments" | "shares" | "saves" | "clicks" | "engagements";
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSeriesView"];
                    "text/csv": components["schemas"]["TimeSeriesView"];
                };
            };
        };
    };
    "DashboardsController_timeSeries[1]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                /** @description One metric only (default: all). */
                metric?: "postsPublished" | "views" | "reach" | "likes" | "comments" | "shares" | "saves" | "clicks" | "engagements";
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSeriesView"];
                    "text/csv": components["schemas"]["TimeSeriesView"];
                };
            };
        };
    };
    "DashboardsController_topPosts[0]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                limit?: number;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                sort?: "engagements" | "views" | "reach" | "engagementRate";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopPostsView"];
                    "text/csv": components["schemas"]["TopPostsView"];
                };
            };
        };
    };
    "DashboardsController_topPosts[1]": {
        parameters: {
            query: {
                /** @description csv: the table as CSV (same as the /export.csv route). */
                format?: "json" | "csv";
                /** @description First day (YYYY-MM-DD, the node's zone). Default: 30 days before `to` (90 for best-times). At most 366 days. */
                from?: string;
                limit?: number;
                /** @description The node whose subtree is summed; must be inside your scope (404 otherwise). */
                organizationId: string;
                platform?: "x" | "facebook" | "instagram";
                sort?: "engagements" | "views" | "reach" | "engagementRate";
                /** @description Last day, included (YYYY-MM-DD, the node's zone). Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description JSON, or text/csv for the CSV export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopPostsView"];
                    "text/csv": components["schemas"]["TopPostsView"];
                };
            };
        };
    };
    DraftsController_updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDraftDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftView"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    MediaController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                kind?: "image" | "video";
                limit?: number;
                /** @description Assets of this node and its descendants. */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaAssetPage"];
                };
            };
        };
    };
    MediaController_uploadRoute: {
        parameters: {
            query: {
                /** @description Original file name, kept for display only; never decides the type. */
                filename?: string;
                /** @description The node the file belongs to (release:write required). */
                organizationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The node already had these bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedMediaView"];
                };
            };
            /** @description A new asset. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedMediaView"];
                };
            };
        };
    };
    MediaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaAssetView"];
                };
            };
        };
    };
    MediaController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                };
            };
        };
    };
    UsersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Role changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_listRoute: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                limit?: number;
                /** @description Only notifications the caller has not read. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    NotificationsController_readRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReadView"];
                };
            };
        };
    };
    NotificationsController_readAllRoute: {
        parameters: {
            query?: {
                /** @description Mark read only what was created up to this instant (default: now), e.g. when the list was loaded. */
                through?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadThroughView"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                kind?: "directorate" | "regional_office" | "unit";
                limit?: number;
                parentId?: string;
                q?: string;
                /** @description Only nodes in the subtree of this node. */
                under?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
        };
    };
    OrganizationsController_createRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
        };
    };
    OrganizationsController_updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
        };
    };
    PostingTargetsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingTargetsView"];
                };
            };
        };
    };
    PostingTargetsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPostingTargetDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingTargetView"];
                };
            };
        };
    };
    PostingTargetsController_delete: {
        parameters: {
            query: {
                period: "week" | "month";
                platform: "x" | "facebook" | "instagram";
                /** @description The version you read; 409 if it moved (as for every removal). */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationWebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithDeliveriesView"];
                };
            };
        };
    };
    OrganizationWebhooksController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutWebhookDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
        };
    };
    OrganizationWebhooksController_remove: {
        parameters: {
            query: {
                reason?: string;
                /** @description The version you read; 409 if it moved (as for every removal). */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
        };
    };
    OrganizationWebhooksController_rotate: {
        parameters: {
            query?: {
                /** @description The version you read; 409 if it moved. */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
        };
    };
    PostsController_list: {
        parameters: {
            query?: {
                /** @description The social account the post goes to. */
                accountId?: string;
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                /** @description publishAt from (inclusive), ISO 8601 with offset. */
                from?: string;
                limit?: number;
                /** @description Posts of this node and the nodes below it (default: all of yours). */
                organizationId?: string;
                platform?: components["schemas"]["Platform"];
                releaseId?: string;
                /** @description Comma-separated states, e.g. failed,needs_review. */
                state?: string;
                /** @description publishAt before (exclusive), ISO 8601 with offset. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostPage"];
                };
            };
        };
    };
    PostsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDetailView"];
                };
            };
        };
    };
    PostsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelPostDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
        };
    };
    PostsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolvePostDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
        };
    };
    PostsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchedulePostDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
        };
    };
    ReleasesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                limit?: number;
                /** @description Releases of this node and its descendants. */
                organizationId?: string;
                /** @description Search in title and body. */
                q?: string;
                status?: "draft" | "in_review" | "changes_requested" | "approved" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleasePage"];
                };
            };
        };
    };
    ReleasesController_createRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat-safe creation. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    ReleasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    ReleasesController_deleteRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    ReleasesController_updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    ApprovalsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalList"];
                };
            };
        };
    };
    ApprovalsController_approveRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseDecisionView"];
                };
            };
        };
    };
    ReleasesController_archiveRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    DraftsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftList"];
                };
            };
        };
    };
    DraftsController_createRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftsDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftList"];
                };
            };
        };
    };
    ReleasesController_mediaRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReleaseMediaDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseView"];
                };
            };
        };
    };
    ApprovalsController_requestChangesRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestChangesDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseDecisionView"];
                };
            };
        };
    };
    PostsController_scheduleRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostViewList"];
                };
            };
        };
    };
    ApprovalsController_submissionsRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionList"];
                };
            };
        };
    };
    ApprovalsController_submitRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReleaseDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseDecisionView"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor). */
                cursor?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserView"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Deactivated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMembershipDto"];
            };
        };
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedMembershipView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    MediaPublicController_fetch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                variant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client error (see DESIGN §8 for each status). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error or a dependency down. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                };
            };
        };
    };
}
