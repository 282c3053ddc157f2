import { z } from "zod";
import { highestMarking } from "../../contract/markings.ts";
import { markingOfProps } from "../access/answer-marking.ts";
import type { GraphDatabase, Row, Transaction, ViewerDatabase } from "../neo4j/database.ts";
import { appendEvents } from "./audit-chain.ts";
import { auditRow, type AuditEventInput } from "./audit-event.ts";
import { type AuditEvent } from "../../contract/audit.ts";
import { auditQueueOf } from "./audit-queue.ts";

/**
 * The audit trail: append-only `:AuditEvent` nodes on a hash chain (audit-chain.ts).
 * `record` joins a write transaction that is already open, so an event and the change it
 * describes commit together or not at all; `recordNow` is for events with no other write
 * (a failed sign-in, a read), and commits events that arrive together in one transaction.
 * Callers await either before they answer, so no answered request lacks its event.
 * `record` holds the chain's lock from the event until the transaction commits: record
 * last, after the change, so that other appends wait for the commit only.
 */
export async function record(tx: Transaction, event: AuditEventInput): Promise<{ id: string; at: string }> {
  const [stored] = await appendEvents(tx, [auditRow(event)]);
  return stored!;
}


/** Commits the event on its own (with others that arrive at the same time: see AuditQueue) before it resolves. */
export function recordNow(db: GraphDatabase, event: AuditEventInput): Promise<{ id: string; at: string }> {
  return auditQueueOf(db).add(event);
}

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const auditFilterSchema = z.object({
  actor: z.string().min(1).max(200).optional().describe("Only events of this actor (a username, system or anonymous)."),
  action: z.string().min(1).max(50).optional().describe("Only events of this action, such as session.sign-in."),
  from: instant.optional().describe("From this instant or day, inclusive (ISO 8601)."),
  to: instant.optional().describe("Until this instant or day, exclusive (ISO 8601)."),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditPage {
  events: AuditEvent[];
  /** More events match than the limit let through. */
  truncated: boolean;
}

/**
 * The newest events matching the filter that the reader may see, at most `limit`. An
 * event is marked by what it names; one above the reader's clearance is not there for
 * them, admin or not.
 */
export async function listAuditEvents(reader: ViewerDatabase, filter: AuditFilter & { limit: number }): Promise<AuditPage> {
  const rows = await reader.query("audit/list-events", { ...filterParams(filter), limit: filter.limit + 1 });
  return { events: rows.slice(0, filter.limit).map(toAuditEvent), truncated: rows.length > filter.limit };
}

/** Every event matching the filter that the reader may see, oldest first, fetched a page at a time. */
export async function* auditEventsInOrder(reader: ViewerDatabase, filter: AuditFilter, pageSize = 500): AsyncGenerator<AuditEvent> {
  let after: { afterAt: string | null; afterId: string | null } = { afterAt: null, afterId: null };
  for (;;) {
    const rows = await reader.query("audit/export-page", { ...filterParams(filter), ...after, limit: pageSize });
    const events = rows.map(toAuditEvent);
    yield* events;
    const last = events.at(-1);
    if (!last || events.length < pageSize) return;
    after = { afterAt: last.at, afterId: last.id };
  }
}

function filterParams(filter: AuditFilter) {
  return { actor: filter.actor ?? null, action: filter.action ?? null, from: filter.from ?? null, to: filter.to ?? null };
}

function toAuditEvent(row: Row): AuditEvent {
  return {
    id: String(row.id),
    seq: typeof row.seq === "number" ? row.seq : null,
    at: String(row.at),
    actor: String(row.actor),
    action: row.action as AuditEvent["action"],
    target: row.target === null ? null : String(row.target),
    outcome: row.outcome as AuditEvent["outcome"],
    details: parseDetails(row.details),
    marking: highestMarking([markingOfProps(row)]),
  };
}

function parseDetails(value: unknown): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {};
  } catch {
    return {};
  }
}
