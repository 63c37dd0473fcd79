// TanStack Query hooks for every resource the console reads, with shared query keys.
import { keepPreviousData, type QueryClient, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { AuditPage, AuditVerification, MeT, OneTimeLink, PartnerT, PostT, Role, UnitT, UserT } from "../contracts";
import { ApiError, api, query } from "./client";

export type AuditPageT = z.infer<typeof AuditPage>;
export type AuditVerificationT = z.infer<typeof AuditVerification>;
export type OneTimeLinkT = z.infer<typeof OneTimeLink>;
export type SecuritySettingsT = { mfaRequiredRoles: Role[] };
export type UserFilters = { unitId?: string; q?: string; role?: string };
export type AuditFilters = { action?: string; actorId?: string; unitId?: string; from?: string; to?: string };

export const keys = {
  me: ["me"] as const,
  setup: ["setup"] as const,
  units: ["units"] as const,
  unit: (id: string) => ["units", id] as const,
  posts: (unitId: string) => ["units", unitId, "posts"] as const,
  partners: (unitId: string) => ["units", unitId, "partners"] as const,
  users: ["users"] as const,
  userList: (filters: UserFilters) => ["users", "list", filters] as const,
  user: (id: string) => ["users", id] as const,
  security: ["settings", "security"] as const,
  audit: (filters: AuditFilters) => ["audit", "events", filters] as const,
  auditVerify: ["audit", "verify"] as const,
};

async function fetchMe(): Promise<MeT | null> {
  try {
    return await api<MeT>("GET", "/me");
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** Reloads the signed-in person after signing in (or finishing set-up). */
export function reloadMe(queryClient: QueryClient): Promise<MeT | null> {
  return queryClient.fetchQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: 0 });
}

export function useSetupStatus() {
  return useQuery({ queryKey: keys.setup, queryFn: () => api<{ needsSetup: boolean }>("GET", "/setup") });
}

export function useUnits(enabled = true) {
  return useQuery({ queryKey: keys.units, queryFn: () => api<UnitT[]>("GET", "/units"), enabled });
}

export function useUnit(id: string) {
  return useQuery({ queryKey: keys.unit(id), queryFn: () => api<UnitT>("GET", `/units/${id}`) });
}

export function usePosts(unitId: string) {
  return useQuery({ queryKey: keys.posts(unitId), queryFn: () => api<PostT[]>("GET", `/units/${unitId}/posts`) });
}

export function usePartners(unitId: string | null | undefined) {
  return useQuery({
    queryKey: keys.partners(unitId ?? ""),
    queryFn: () => api<PartnerT[]>("GET", `/units/${unitId}/partners`),
    enabled: Boolean(unitId),
  });
}

export function useUsers(filters: UserFilters, enabled = true) {
  return useQuery({
    queryKey: keys.userList(filters),
    queryFn: () => api<UserT[]>("GET", `/users${query(filters)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: keys.user(id), queryFn: () => api<UserT>("GET", `/users/${id}`) });
}

export function useSecuritySettings() {
  return useQuery({ queryKey: keys.security, queryFn: () => api<SecuritySettingsT>("GET", "/settings/security") });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: keys.audit(filters),
    queryFn: ({ pageParam }) =>
      api<AuditPageT>("GET", `/audit${query({ ...filters, before: pageParam ?? undefined, limit: 50 })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useAuditVerification(enabled = true) {
  return useQuery({
    queryKey: keys.auditVerify,
    queryFn: () => api<AuditVerificationT>("GET", "/audit/verify"),
    enabled,
  });
}
