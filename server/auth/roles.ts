/** The roles and what each may do live in contract/roles.ts, shared with the dashboard. */
export { hasRole, Role, ROLES } from "../../contract/roles.ts";
