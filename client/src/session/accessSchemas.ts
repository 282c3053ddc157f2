import type { User } from "../../../contract/access.ts";

/**
 * The access-control API's answers as contract/access.ts declares them, and the session
 * the dashboard keeps: who is signed in, whichever endpoint said so.
 */
export { CLASSIFICATIONS, type Classification } from "../../../contract/markings.ts";
export { ROLES, type Role } from "../../../contract/roles.ts";
export type { AccessToken, User } from "../../../contract/access.ts";

export interface Session {
  user: Pick<User, "username" | "role" | "clearance" | "caveats" | "mustChangePassword">;
  csrfToken: string | null;
  expiresAt: string | null;
}
