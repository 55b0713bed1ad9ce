// Server state of member administration through TanStack Query: one query per list, and changes that refresh
// every list of the municipality (the audit log included) once the server has taken them.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchAudit,
  fetchInvitations,
  fetchMembers,
  fetchTokens,
  fetchWorkshopLinks,
  type AuditEntry,
} from './api.ts';
import { sharedKeys } from '../shared/query-keys.ts';

const adminKey = (orgId: string) => ['org-admin', orgId] as const;

export function useMembers(orgId: string) {
  return useQuery({ queryKey: [...adminKey(orgId), 'members'], queryFn: () => fetchMembers(orgId) });
}

export function useInvitations(orgId: string) {
  return useQuery({ queryKey: [...adminKey(orgId), 'invitations'], queryFn: () => fetchInvitations(orgId) });
}

export function useWorkshopLinks(orgId: string) {
  return useQuery({ queryKey: [...adminKey(orgId), 'links'], queryFn: () => fetchWorkshopLinks(orgId) });
}

export function useTokens(orgId: string) {
  return useQuery({ queryKey: [...adminKey(orgId), 'tokens'], queryFn: () => fetchTokens(orgId) });
}

export function useAudit(orgId: string) {
  return useInfiniteQuery({
    queryKey: [...adminKey(orgId), 'audit'],
    queryFn: ({ pageParam }) => fetchAudit(orgId, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page: AuditEntry[]) => (page.length < 50 ? undefined : page[page.length - 1]?.seq),
  });
}

/** A change of the municipality's members or credentials; afterwards every list is read again, failed or not. */
export function useAdminChange<Input, Output>(orgId: string, change: (input: Input) => Promise<Output>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: async () => {
      // An admin who changed their own role may no longer be one: who I am is read again too.
      // Every answer about who is signed in lives under 'session' (see shared/query-keys.ts).
      await queries.invalidateQueries({ queryKey: ['session'] });
      await queries.invalidateQueries({ queryKey: sharedKeys.myOrgs });
      await queries.invalidateQueries({ queryKey: adminKey(orgId) });
    },
  });
}
