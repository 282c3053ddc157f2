import type { BreakReason, ChainReport } from "../../contract/audit.ts";
import { canSee, type Clearance, type Marking } from "../../contract/markings.ts";
import { markingOfProps } from "../access/answer-marking.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";
import { eventHash, GENESIS_HASH, type ChainedEvent } from "./audit-chain.ts";

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
