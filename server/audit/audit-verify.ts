import { z } from "zod";
import { canSee, type Clearance, type Marking } from "../access/markings.ts";
import { markingOfProps } from "../access/answer-marking.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";
import { eventHash, GENESIS_HASH, type ChainedEvent } from "./audit-chain.ts";

export const BREAK_REASONS = {
  altered: "the event's content no longer matches its hash (edited)",
  unlinked: "the event does not follow the hash of the event before it (one before it was replaced)",
  missing: "no event holds this place (deleted)",
  misplaced: "an event holds a place already taken, or between two places (slipped in)",
  head: "the chain ends with another event than its head records (the last events were replaced)",
  unchained: "an event recorded after the chain began has no place in it (slipped in)",
} as const;
export type BreakReason = keyof typeof BREAK_REASONS;

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

interface Break {
  seq: number | null;
  reason: BreakReason;
  /** The event found there, if any: named in the report only to a reader cleared for it. */
  event?: { id: string; marking: Marking };
}

/**
 * Walks the whole chain in order, a page at a time, and says whether it is whole. Every
 * event is checked, including those above the reader's clearance, but the report names
 * an event (by id) only when the reader may see it; otherwise it gives the place only.
 * `marking` is the marking of the event the report names, if any (for its own audit event).
 */
export async function verifyAuditChain(
  db: GraphDatabase, reader: Clearance, pageSize = 1_000,
): Promise<{ report: ChainReport; marking: Marking }> {
  const [head] = await db.query("audit/chain-head");
  const lastSeq = head ? Number(head.seq) : 0;
  let checked = 0;
  let found: Break | undefined;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  walk: while (expected <= lastSeq) {
    const rows = await db.query("audit/chain-page", { afterSeq: expected - 1, lastSeq, limit: pageSize });
    if (rows.length === 0) break;
    for (const row of rows) {
      const event = chainedEvent(row);
      const named = { id: event.id, marking: markingOfProps(row) };
      if (event.seq !== expected) {
        found = event.seq > expected ? { seq: expected, reason: "missing" } : { seq: event.seq, reason: "misplaced", event: named };
        break walk;
      }
      if (eventHash(event) !== row.hash) found = { seq: event.seq, reason: "altered", event: named };
      else if (event.prevHash !== prevHash) found = { seq: event.seq, reason: "unlinked", event: named };
      if (found) break walk;
      prevHash = String(row.hash);
      checked += 1;
      expected += 1;
    }
  }
  if (!found && expected <= lastSeq) found = { seq: expected, reason: "missing" };
  if (!found && head && prevHash !== head.lastHash) found = { seq: lastSeq, reason: "head" };
  if (!found && head) found = await firstUnchained(db, String(head.startedAt));
  return present({ whole: !found, events: checked }, found, reader);
}

async function firstUnchained(db: GraphDatabase, startedAt: string): Promise<Break | undefined> {
  const [row] = await db.query("audit/unchained-events", { startedAt });
  if (!row || Number(row.count) === 0) return undefined;
  return { seq: null, reason: "unchained", event: { id: String(row.id), marking: markingOfProps(row) } };
}

function present(summary: { whole: boolean; events: number }, found: Break | undefined, reader: Clearance) {
  if (!found) return { report: summary, marking: {} };
  const named = found.event && canSee(reader, found.event.marking) ? found.event : undefined;
  return {
    report: { ...summary, firstBreak: { seq: found.seq, ...(named ? { id: named.id } : {}), reason: found.reason } },
    marking: named?.marking ?? {},
  };
}

function chainedEvent(row: Row): ChainedEvent {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    id: String(row.id), seq: Number(row.seq), at: String(row.at), actor: String(row.actor), action: String(row.action),
    target: text(row.target), outcome: String(row.outcome), details: String(row.details),
    classification: text(row.classification), caveats: text(row.caveats), prevHash: String(row.prevHash),
  };
}
