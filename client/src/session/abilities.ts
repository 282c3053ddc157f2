import type { PageName } from "../view/viewState";
import { ROLES, type Role } from "./accessSchemas";

/**
 * What each role may do in the dashboard, each role including the ones before it
 * (server/auth/roles.ts). The UI hides what a role cannot do; the server still decides.
 */
const FIRST_ROLE_FOR = {
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

/** An unknown role holds nothing (deny by default). */
export function can(role: string | undefined, ability: Ability): boolean {
  const held = ROLES.indexOf(role as Role);
  return held >= 0 && held >= ROLES.indexOf(FIRST_ROLE_FOR[ability]);
}

const PAGE_ABILITY: Record<PageName, Ability> = {
  explore: "explore",
  data: "importData",
  users: "manageUsers",
  audit: "readAudit",
  account: "useTokens",
};

export function canOpenPage(role: string | undefined, page: PageName): boolean {
  return can(role, PAGE_ABILITY[page]);
}
