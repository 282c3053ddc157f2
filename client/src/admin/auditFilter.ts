import type { AuditAction } from "../../../contract/audit.ts";

/** The actions the filter offers. */
export const AUDIT_ACTIONS = [
  "session.sign-in", "session.sign-out", "user.create", "user.update", "user.delete", "token.create", "token.revoke",
  "query.run", "data.read-marked", "data.import", "data.export", "marking.change", "view.create", "view.delete",
  "audit.export", "audit.verify",
] as const satisfies readonly AuditAction[];

/**
 * The audit page's filter as typed (actor, action, from and to days, `to` inclusive)
 * and as the API reads it (`to` exclusive: the day after).
 */
export interface AuditFilterForm {
  actor: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilterForm = { actor: "", action: "", from: "", to: "" };

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The query string shared by the list and its export; empty fields are left out. */
export function auditQuery(filter: AuditFilterForm): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.actor.trim()) query.set("actor", filter.actor.trim().toLowerCase());
  if (filter.action) query.set("action", filter.action);
  if (filter.from) query.set("from", filter.from);
  if (filter.to) query.set("to", dayAfter(filter.to));
  return query;
}

export function rangeIsBackwards(filter: AuditFilterForm): boolean {
  return filter.from !== "" && filter.to !== "" && filter.to < filter.from;
}
