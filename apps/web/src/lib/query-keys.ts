/**
 * Every TanStack Query key of the app, in one place, so a mutation in one feature can invalidate
 * what another feature shows (e.g. scheduling refreshes the calendar and the post lists).
 */
export const queryKeys = {
  me: ['me'] as const,
  organization: (id: string) => ['organizations', id] as const,
  releases: (nodeId: string) => ['releases', nodeId] as const,
  release: (id: string) => ['release', id] as const,
  drafts: (releaseId: string) => ['drafts', releaseId] as const,
  releaseApprovals: (releaseId: string) => ['release', releaseId, 'approvals'] as const,
  approvals: (filter: Record<string, unknown>) => ['approvals', filter] as const,
  approval: (releaseId: string) => ['approval', releaseId] as const,
  approvalHistory: (releaseId: string) => ['approval', releaseId, 'history'] as const,
  releaseEdits: (releaseId: string) => ['approval', releaseId, 'edits'] as const,
  releaseSubmissions: (releaseId: string) => ['approval', releaseId, 'submissions'] as const,
  organizationsUnder: (nodeId: string) => ['organizations', 'under', nodeId] as const,
  posts: (filter: Record<string, unknown>) => ['posts', filter] as const,
  post: (id: string) => ['post', id] as const,
  calendar: (filter: Record<string, unknown>) => ['calendar', filter] as const,
  accounts: (nodeId: string) => ['accounts', nodeId] as const,
  /** The first page of the node's accounts, as the composer reads it (a different shape: its own key). */
  accountsFirstPage: (nodeId: string) => ['accounts', nodeId, 'first-page'] as const,
  postingSlots: (accountId: string) => ['posting-slots', accountId] as const,
  notifications: ['notifications'] as const,
  notificationList: (filter: Record<string, unknown>) => ['notifications', 'list', filter] as const,
  notificationTasks: (nodeId: string) => ['notifications', 'tasks', nodeId] as const,
  pendingConnection: (id: string) => ['pending-connection', id] as const,
  subtree: (nodeId: string) => ['organizations', nodeId, 'subtree'] as const,
  media: (id: string) => ['media', id] as const,
} as const;

/** Roots to invalidate after anything that changes a post's state or time. */
export const postRoots = [['posts'], ['post'], ['calendar'], ['release'], ['drafts'], ['approvals']] as const;
