// Replace with components['schemas'][...] once schema.d.ts has response schemas (written from what
// GET /api/v1/accounts, GET /api/v1/organizations, GET /api/v1/accounts/connect/facebook/pending/:id
// and PUT /api/v1/accounts/:id/posting-slots answer today).

export type Platform = 'x' | 'facebook' | 'instagram';
export type ConnectablePlatform = 'x' | 'facebook';
export type AccountStatus = 'active' | 'needs_reconnect' | 'limited' | 'disconnected';

export interface SocialAccount {
  id: string;
  organizationId: string;
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  parentExternalId: string | null;
  status: AccountStatus;
  statusReason: string | null;
  scopes: string[];
  expiresAt: string | null;
  tokenRefreshedAt: string | null;
  connectedBy: string | null;
  /** Local HH:MM in the node's zone, sorted ("next free slot" picks from these); absent from an api older than this screen. */
  postingSlots?: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AccountPage {
  items: SocialAccount[];
  nextCursor: string | null;
}

/** A node of the caller's subtree, as GET /api/v1/organizations lists it. */
export interface OrgNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  depth: number;
  timezone: string;
}

export interface OrgPage {
  items: OrgNode[];
  nextCursor: string | null;
}

export interface PageChoice {
  pageId: string;
  name: string;
  instagram: { id: string; username: string; name: string } | null;
}

export interface PendingConnection {
  pendingConnectionId: string;
  organizationId: string;
  choices: PageChoice[];
  expiresAt: string;
}

export interface PostingSlotsView {
  socialAccountId: string;
  slots: string[];
  zone: string;
  version: number;
}
