import type { Request } from "express";
import type { GraphDatabase, Transaction } from "../neo4j/database.ts";
import { ANONYMOUS_ACTOR, type AuditContext, type AuditEventInput, type OmitFrom } from "./audit-event.ts";
import { record, recordNow } from "./audit-log.ts";

/** An event of a request: the actor is whoever is signed in, and the client's address goes in the details. */
export type RequestEvent = OmitFrom<AuditEventInput, "actor">;

/** Who acts in a request, for the audit trail. */
export function auditContext(req: Request): AuditContext {
  return { actor: req.user?.username ?? ANONYMOUS_ACTOR, ip: req.ip ?? null };
}

function fromRequest(req: Request, event: RequestEvent): AuditEventInput {
  const { actor, ip } = auditContext(req);
  return { ...event, actor, details: { ip: ip ?? null, ...event.details } };
}

/** Records the request's event on its own, before the caller answers. */
export function recordRequestEvent(db: GraphDatabase, req: Request, event: RequestEvent): Promise<{ id: string; at: string }> {
  return recordNow(db, fromRequest(req, event));
}

/** Records the request's event in the write transaction that makes the change. */
export function recordRequestEventIn(tx: Transaction, req: Request, event: RequestEvent): Promise<{ id: string; at: string }> {
  return record(tx, fromRequest(req, event));
}
