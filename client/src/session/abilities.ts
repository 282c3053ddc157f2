import type { PageName } from "../view/viewState";
import { can, type Ability } from "../../../contract/roles.ts";

/**
 * What each role may do in the dashboard is contract/roles.ts's: the UI hides what a role
 * cannot do; the server still decides.
 */

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
