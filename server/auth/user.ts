import { z } from "zod";
import type { User } from "../../contract/access.ts";
import type { Row } from "../neo4j/database.ts";
import { Caveats, Classification } from "../../contract/markings.ts";
import { Role } from "../../contract/roles.ts";

/** Usernames are case-insensitive: kept in lower case. */
export const Username = z.string().trim().toLowerCase()
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "must be 2–64 letters, digits, dots, dashes or underscores"));

/** A user account as the API shows it (contract/access.ts): never with its password hash. */
export type { User };

/** Who is making a request, as the access checks see it. */
export interface AuthenticatedUser {
  username: string;
  role: Role;
  clearance: Classification;
  caveats: string[];
  mustChangePassword: boolean;
  via: "session" | "token";
}

export function toUser(row: Row): User {
  return {
    username: String(row.username),
    role: row.role as Role,
    clearance: row.clearance as Classification,
    caveats: Array.isArray(row.caveats) ? row.caveats.map(String) : [],
    disabled: row.disabled === true,
    mustChangePassword: row.mustChangePassword === true,
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
  };
}

/**
 * The user a session or token stands for, from a resolve row. A role or level this code
 * does not know yields no user: deny by default.
 */
export function toAuthenticatedUser(row: Row, via: AuthenticatedUser["via"]): AuthenticatedUser | null {
  const role = Role.safeParse(row.role);
  const clearance = Classification.safeParse(row.clearance);
  const caveats = Caveats.safeParse(row.caveats ?? []);
  if (!role.success || !clearance.success || !caveats.success || row.disabled === true) return null;
  return {
    username: String(row.username),
    role: role.data,
    clearance: clearance.data,
    caveats: caveats.data,
    mustChangePassword: row.mustChangePassword === true,
    via,
  };
}
