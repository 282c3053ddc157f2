import { randomUUID } from "node:crypto";
import type { AuditAction, AuditOutcome } from "../../contract/audit.ts";
import { storedMarking } from "../access/markings.ts";
import { type Marking } from "../../contract/markings.ts";

/** The actions, outcomes and events of the trail as the API shows them live in contract/audit.ts. */

/**
 * Actions whose events name no graph element and carry nothing derived from one: accounts,
 * sessions, tokens, the export of the trail (its filter). Their events are UNCLASSIFIED.
 * Every other action names elements or data drawn from them (a query's answer, an export,
 * a marking change, a view's URL, an import) and must say its marking: a new action is
 * one of those unless it is added here, so a recording site cannot forget the marking.
 */
export const ACTIONS_NAMING_NO_ELEMENT = [
  "session.sign-in", "session.sign-out", "user.create", "user.update", "user.delete", "token.create", "token.revoke",
  "audit.export", "access.probing-suspected",
] as const satisfies readonly AuditAction[];

type UnmarkedAction = (typeof ACTIONS_NAMING_NO_ELEMENT)[number];
const UNMARKED = new Set<string>(ACTIONS_NAMING_NO_ELEMENT);

/** Whether events of this action must carry the marking of what they name. */
export function actionNamesElements(action: AuditAction): boolean {
  return !UNMARKED.has(action);
}

/** Who acts when no user does: start-up work, and people not yet signed in. */
export const SYSTEM_ACTOR = "system";
export const ANONYMOUS_ACTOR = "anonymous";

interface AuditEventFields {
  actor: string;
  target?: string | null;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

/**
 * One event to record. `details` must be JSON-serialisable; secrets are redacted anyway.
 * `marking` is the highest marking of what the event names (elements, an answer, a
 * record), stored on the event as elements store theirs, so the trail is read through the
 * same visibility rule as the graph: required unless the action names no element.
 */
export type AuditEventInput = AuditEventFields & (
  | { action: UnmarkedAction; marking?: Marking }
  | { action: Exclude<AuditAction, UnmarkedAction>; marking: Marking }
);

/** Omit over each member of a union (TypeScript's Omit would merge the members first). */
export type OmitFrom<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Who does something a store records on its own: the actor and where the request came from. */
export interface AuditContext {
  actor: string;
  ip?: string | null;
}

const SECRET_KEY = /(password|passwd|secret|token|hash|cookie|authorization)$/i;
const SECRET_VALUE = /^(cnd_|\$scrypt\$)/;
const MAX_DETAILS_CHARS = 8_000;
const MAX_DEPTH = 6;

/**
 * The details as stored: keys that name a secret (password, token, hash, cookie …) and
 * values that look like one of our tokens or hashes are replaced by "[redacted]", so
 * that a careless caller cannot put a credential into the permanent record.
 */
export function redactDetails(details: Record<string, unknown> | undefined): string {
  const json = JSON.stringify(redact(details ?? {}, 0));
  return json.length <= MAX_DETAILS_CHARS ? json : JSON.stringify({ truncated: true, size: json.length });
}

function redact(value: unknown, depth: number): unknown {
  if (typeof value === "string") return SECRET_VALUE.test(value) ? "[redacted]" : value;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redact(item, depth + 1)]),
  );
}

/** An event as the trail stores it, before it takes its place in the chain. */
export interface AuditRow {
  id: string;
  actor: string;
  action: AuditAction;
  target: string | null;
  outcome: AuditOutcome;
  details: string;
  classification: string | null;
  caveats: string | null;
}

/**
 * An event as the trail stores it: a new id, no undefined target, the details redacted.
 * Throws when an event that names elements comes without its marking (the type forbids
 * it; a cast could still get past).
 */
export function auditRow(event: AuditEventInput): AuditRow {
  if (event.marking === undefined && actionNamesElements(event.action)) {
    throw new Error(`A ${event.action} event names elements and must carry their marking.`);
  }
  return {
    id: randomUUID(), actor: event.actor, action: event.action, target: event.target ?? null,
    outcome: event.outcome, details: redactDetails(event.details), ...storedMarking(event.marking ?? {}),
  };
}
