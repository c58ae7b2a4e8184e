import { createBrowserRouter, Navigate } from 'react-router';
import { NodeGate } from './shell/NodeGate';
import { AppLayout } from './shell/AppLayout';
import { NotFoundPage } from './shell/NotFoundPage';
import { RouteError } from './shell/RouteError';

// Every screen is its own chunk: the sign-in screen loads none of them, the calendar's FullCalendar
// loads only when the calendar opens.
export const router = createBrowserRouter([
  {
    element: <NodeGate />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/compose" replace /> },
          {
            path: 'compose',
            lazy: () => import('@web/features/compose').then((m) => ({ Component: m.ComposePage })),
          },
          {
            path: 'releases',
            lazy: () => import('@web/features/compose').then((m) => ({ Component: m.ReleasesPage })),
          },
          {
            path: 'releases/:releaseId',
            lazy: () => import('@web/features/compose').then((m) => ({ Component: m.ReleasePage })),
          },
          {
            path: 'approvals',
            lazy: () => import('@web/features/approvals').then((m) => ({ Component: m.ApprovalsQueuePage })),
          },
          {
            path: 'approvals/:releaseId',
            lazy: () => import('@web/features/approvals').then((m) => ({ Component: m.ApprovalReviewPage })),
          },
          {
            path: 'calendar',
            lazy: () => import('@web/features/calendar').then((m) => ({ Component: m.CalendarPage })),
          },
          {
            path: 'posts',
            lazy: () => import('@web/features/posts').then((m) => ({ Component: m.PostsPage })),
          },
          {
            path: 'posts/:postId',
            lazy: () => import('@web/features/posts').then((m) => ({ Component: m.PostDetailPage })),
          },
          {
            path: 'accounts',
            lazy: () => import('@web/features/accounts').then((m) => ({ Component: m.AccountsPage })),
          },
          {
            path: 'notifications',
            lazy: () =>
              import('@web/features/notifications').then((m) => ({ Component: m.NotificationsPage })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
