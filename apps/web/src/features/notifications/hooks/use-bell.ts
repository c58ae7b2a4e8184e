import { useCurrentNode } from '@web/lib/current-node';
import { useTasks, useUnreadCount } from '../api/use-notifications';

/** What the bell counts: unread notifications plus releases waiting on the reader. */
export function useBell() {
  const { node, can } = useCurrentNode();
  const unread = useUnreadCount();
  const tasks = useTasks(node?.id ?? '', {
    approver: can('release:approve'),
    editor: can('release:write'),
  });
  const unreadCount = unread.data?.items.length ?? 0;
  const approvals = tasks.data?.approvals ?? [];
  const changesRequested = tasks.data?.changesRequested ?? [];
  return {
    total: unreadCount + approvals.length + changesRequested.length,
    unreadCount,
    approvals,
    changesRequested,
  };
}
