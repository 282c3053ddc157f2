import { createHash } from "node:crypto";
import type { Transaction } from "../neo4j/database.ts";
import type { AuditRow } from "./audit-event.ts";

/**
 * The audit trail as a hash chain: every event has a place (`seq`, 1, 2, 3 …), the hash
 * of the event before it (`prevHash`) and its own `hash`, a SHA-256 over its stored
 * fields and that previous hash. Editing, deleting or slipping in an event breaks the
 * chain at that place (see audit-verify.ts).
 *
 * Appends are serialised by a write lock on the one `:AuditChain` head, taken by the
 * first statement of each append and held until its transaction commits: whether an
 * event joins a change's transaction (`record`) or the group commit, two transactions
 * never read the same head, so the chain never forks.
 */

/** The previous hash of the first event of the chain. */
export const GENESIS_HASH = "0".repeat(64);

/** An event as stored: its row, placed in the chain. */
export interface ChainedEvent {
  id: string;
  seq: number;
  /** ISO 8601 instant with milliseconds, as the database stores and returns it. */
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  /** The redacted details as a JSON string, exactly as stored. */
  details: string;
  classification: string | null;
  caveats: string | null;
  prevHash: string;
}

const HASHED_FIELDS = [
  "action", "actor", "at", "caveats", "classification", "details", "id", "outcome", "prevHash", "seq", "target",
] as const satisfies readonly (keyof ChainedEvent)[];

/**
 * The hash of one event: SHA-256 (hex) of the canonical JSON of its stored fields, keys
 * sorted, absent values as null. `details` is hashed as the stored string, so the hash
 * never depends on how a JSON parser orders or formats it.
 */
export function eventHash(event: ChainedEvent): string {
  const canonical = JSON.stringify(Object.fromEntries(HASHED_FIELDS.map((field) => [field, event[field] ?? null])));
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** Makes the chain's head if there is none: at start-up, so appends find it. */
export async function createChainHead(tx: Transaction): Promise<void> {
  await tx.run("audit/create-chain-head", { genesis: GENESIS_HASH });
}

/**
 * Appends the rows to the chain in the caller's write transaction, in order, all at the
 * database's time of the append. Returns each event's id and time.
 */
export async function appendEvents(
  tx: Transaction, rows: readonly AuditRow[],
): Promise<{ id: string; at: string }[]> {
  if (rows.length === 0) return [];
  let heads = await tx.run("audit/reserve-chain");
  if (heads.length === 0) {
    await createChainHead(tx);
    heads = await tx.run("audit/reserve-chain");
  }
  // Two heads (only made by hand, or by two first appends before the constraint existed) would fork the chain.
  if (heads.length !== 1) throw new Error(`The audit chain has ${heads.length} heads; it must have one.`);
  const head = heads[0]!;
  const fromSeq = Number(head.seq);
  let seq = fromSeq;
  let prevHash = String(head.lastHash);
  const at = String(head.at);
  const events = rows.map((row) => {
    const event: ChainedEvent = { ...row, seq: (seq += 1), at, prevHash };
    const hash = eventHash(event);
    prevHash = hash;
    return { ...event, hash };
  });
  await tx.run("audit/record-events", { events });
  const advanced = await tx.run("audit/advance-chain", { fromSeq, seq, hash: prevHash });
  // reserve-chain holds the head's lock: only a head edited by hand could move under it.
  if (advanced.length !== 1) throw new Error("The audit chain's head moved during an append.");
  return events.map((event) => ({ id: event.id, at: event.at }));
}
