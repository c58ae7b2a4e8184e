import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from './api/client';
import type { components } from './api/schema';
import { queryKeys } from './query-keys';

export type Me = components['schemas']['MeView'];
type Organization = components['schemas']['OrganizationView'];

/** The node the user works on, with what they may do there. */
export type WorkNode = Omit<Organization, 'settings'> & {
  settings: Record<string, unknown>;
  roles: string[];
  permissions: string[];
};

interface CurrentNodeValue {
  me: Me;
  /** The nodes the user has a role on (one entry per node, roles merged). */
  nodes: { id: string; name: string; kind: string; roles: string[] }[];
  node: WorkNode | null;
  choose(id: string): void;
  can(permission: string): boolean;
}

const Ctx = createContext<CurrentNodeValue | null>(null);
const STORAGE_KEY = 'warta.node';

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
  });
}

export function useOrganization(id: string | null) {
  return useQuery({
    queryKey: queryKeys.organization(id ?? ''),
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id! } } })),
  });
}

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Which node the user works on: their only one, or the one they picked last (remembered). */
export function CurrentNodeProvider({ me, children }: { me: Me; children: ReactNode }) {
  const nodes = useMemo(() => {
    const byId = new Map<string, { id: string; name: string; kind: string; roles: string[] }>();
    for (const m of me.memberships) {
      const n = byId.get(m.organizationId) ?? {
        id: m.organizationId,
        name: m.organizationName,
        kind: m.organizationKind,
        roles: [],
      };
      if (!n.roles.includes(m.role)) n.roles.push(m.role);
      byId.set(m.organizationId, n);
    }
    return [...byId.values()];
  }, [me]);
  const [chosen, setChosen] = useState<string | null>(() => {
    const r = remembered();
    return nodes.some((n) => n.id === r) ? r : (nodes[0]?.id ?? null);
  });
  const org = useOrganization(chosen);
  const choose = useCallback((id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // private mode: the choice lasts for this tab
    }
  }, []);
  const value = useMemo<CurrentNodeValue>(() => {
    const entry = nodes.find((n) => n.id === chosen);
    const permissions = me.permissions.find((p) => p.organizationId === chosen)?.permissions ?? [];
    const node: WorkNode | null =
      entry && org.data
        ? {
            ...org.data,
            settings: (org.data.settings ?? {}) as Record<string, unknown>,
            roles: entry.roles,
            permissions,
          }
        : null;
    return { me, nodes, node, choose, can: (p) => (permissions as string[]).includes(p) };
  }, [me, nodes, chosen, org.data, choose]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCurrentNode(): CurrentNodeValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useCurrentNode outside CurrentNodeProvider');
  return v;
}

/** The node the user works on, once loaded (screens render inside the shell, which waits for it). */
export function useWorkNode(): WorkNode {
  const { node } = useCurrentNode();
  if (!node) throw new Error('useWorkNode before the node was loaded');
  return node;
}
