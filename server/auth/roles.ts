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
