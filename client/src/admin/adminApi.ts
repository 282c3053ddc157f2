import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";

/** The admin pages' endpoints: user accounts and the audit trail. */
export function useUsers() {
  return useEndpoint(endpoints.users, {});
}

export function createUser(account: Record<string, unknown>) {
  return callEndpoint(endpoints.createUser, { body: account });
}

/** Changes the named fields of an account; absent fields stay. */
export function updateUser(username: string, changes: Record<string, unknown>) {
  return callEndpoint(endpoints.updateUser, { params: { username }, body: changes });
}

export function deleteUser(username: string) {
  return callEndpoint(endpoints.deleteUser, { params: { username } });
}

/** Forgets the account's failed sign-ins from every address; answers how many addresses had some. */
export function unlockUser(username: string) {
  return callEndpoint(endpoints.unlockUser, { params: { username } });
}

/** Audit events matching `query` (actor, action, from, to, limit), newest first. */
export function useAuditEvents(query: URLSearchParams) {
  return useEndpoint(endpoints.auditEvents, { query });
}
