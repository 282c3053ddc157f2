import { z } from "zod";
import { markingSchema } from "./markings.ts";

/** What the audit trail records. Add an action here before recording it. */
export const AuditAction = z.enum([
  "session.sign-in",
  "session.sign-out",
  "user.create",
  "user.update",
  "user.delete",
  "token.create",
  "token.revoke",
  "query.run",
  "data.read-marked",
  "data.import",
  "import.hidden-id",
  "access.probing-suspected",
  "data.export",
  "marking.change",
  "view.create",
  "view.delete",
  "mapping.save",
  "mapping.delete",
  "audit.export",
  "audit.verify",
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** success: done; failure: attempted and failed (a wrong password); denied: refused by policy. */
export const AuditOutcome = z.enum(["success", "failure", "denied"]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const auditEventSchema = z.object({
  id: z.string(),
  seq: z.number().int().nullable().describe("The event's place in the tamper-evident chain (null before the chain began)."),
  at: z.string().describe("When, as an ISO 8601 instant with milliseconds."),
  actor: z.string(),
  action: AuditAction,
  target: z.string().nullable(),
  outcome: AuditOutcome,
  details: z.record(z.string(), z.unknown()),
  // The highest marking of what the event names; only readers cleared for it see the event.
  marking: markingSchema,
}).meta({ id: "AuditEvent" });
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** `GET /api/audit`: a page of events, newest first. */
export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  truncated: z.boolean().describe("More events match than the limit let through."),
}).meta({ id: "AuditPage" });

export const BREAK_REASONS = {
  altered: "the event's content no longer matches its hash (edited)",
  unlinked: "the event does not follow the hash of the event before it (one before it was replaced)",
  missing: "no event holds this place (deleted)",
  misplaced: "an event holds a place already taken, or between two places (slipped in)",
  head: "the chain ends with another event than its head records (the last events were replaced)",
  unchained: "an event recorded after the chain began has no place in it (slipped in)",
} as const;
export type BreakReason = keyof typeof BREAK_REASONS;

/** `GET /api/audit/verify`: whether the hash chain is whole, and where it first breaks. */
export const chainReportSchema = z.object({
  whole: z.boolean().describe("Every event is where the chain says, unchanged, and no event was removed or slipped in."),
  events: z.number().int().describe("Events on the chain that were checked."),
  firstBreak: z.object({
    seq: z.number().nullable().describe("The place in the chain of the first break (null for an event with no place)."),
    id: z.string().optional().describe("The event at that place, only when the reader may see it."),
    reason: z.enum(Object.keys(BREAK_REASONS) as [BreakReason, ...BreakReason[]]).describe(
      Object.entries(BREAK_REASONS).map(([reason, meaning]) => `${reason}: ${meaning}`).join("; "),
    ),
  }).optional(),
}).meta({ id: "AuditChainReport" });
export type ChainReport = z.infer<typeof chainReportSchema>;
