import type { User } from "../../../contract/access.ts";

/** The session the dashboard keeps: who is signed in, whichever endpoint said so (contract/access.ts has the answers). */
export interface Session {
  user: Pick<User, "username" | "role" | "clearance" | "caveats" | "mustChangePassword">;
  csrfToken: string | null;
  expiresAt: string | null;
}
