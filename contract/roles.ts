import { z } from "zod";

/**
 * The roles, weakest first; each includes every role before it:
 * - analyst explores the graph and runs canned queries;
 * - manager also saves and shares views;
 * - data also imports, edits and exports;
 * - admin also manages users and reads the audit trail.
 */
export const ROLES = ["analyst", "manager", "data", "admin"] as const;

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Deny by default: nobody (no user) and any role this code does not know (a value from an
 * older or tampered record) hold nothing.
 */
export function hasRole(user: { role: string } | undefined | null, required: Role): boolean {
  if (!user) return false;
  const held = ROLES.indexOf(user.role as Role);
  return held >= 0 && held >= ROLES.indexOf(required);
}

/**
 * What each role may do, as the least role that may do it (the routes declare the same
 * roles; the dashboard hides what a role cannot do, the server still decides).
 */
export const FIRST_ROLE_FOR = {
  explore: "analyst",
  runQueries: "analyst",
  useTokens: "analyst",
  saveViews: "manager",
  importData: "data",
  exportData: "data",
  manageUsers: "admin",
  readAudit: "admin",
} as const satisfies Record<string, Role>;

export type Ability = keyof typeof FIRST_ROLE_FOR;

/** Whether a role may do this; an unknown role holds nothing (deny by default). */
export function can(role: string | undefined, ability: Ability): boolean {
  return role !== undefined && hasRole({ role }, FIRST_ROLE_FOR[ability]);
}
