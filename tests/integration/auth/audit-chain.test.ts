import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Clearance } from "../../../contract/markings.ts";
import { eventHash, type ChainedEvent } from "../../../server/audit/audit-chain.ts";
import type { AuditEventInput } from "../../../server/audit/audit-event.ts";
import { record, recordNow } from "../../../server/audit/audit-log.ts";
import { verifyAuditChain } from "../../../server/audit/audit-verify.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openAccessDatabase } from "./access-support.ts";

/**
 * The audit trail is a hash chain: an event edited, deleted or slipped in straight in
 * Neo4j (as someone with database access, not through the product) is reported, and
 * concurrent recording never forks the chain. Each tampering test puts the trail back as
 * it was, so the chain is whole again for the next.
 */
let db: GraphDatabase;
let raw: Driver;
const actor = `chain-test-${Date.now()}`;
const SECRET_READER: Clearance = { level: "SECRET", caveats: [] };
const UNCLASSIFIED_READER: Clearance = { level: "UNCLASSIFIED", caveats: [] };

beforeAll(async () => {
  db = await openAccessDatabase();
  const { uri, user, password } = inject("neo4j");
  raw = neo4j.driver(uri, neo4j.auth.basic(user, password));
});
afterAll(async () => {
  await raw?.close();
  await db?.close();
});

/** A statement run past the product, as an intruder with database access would. */
async function tamper(cypher: string, params: Record<string, unknown> = {}) {
  const { database } = inject("neo4j");
  return (await raw.executeQuery(cypher, params, { database })).records;
}

const event = (i: number, marking: AuditEventInput["marking"] = {}): AuditEventInput =>
  ({ actor, action: "query.run", target: "brokers", outcome: "success", details: { i }, marking });

async function seqOf(id: string): Promise<number> {
  const [row] = await tamper("MATCH (e:AuditEvent {id: $id}) RETURN e.seq AS seq", { id });
  return neo4j.integer.toNumber(row!.get("seq"));
}

describe("the audit chain", () => {
  it("stays one unbroken chain while many events are recorded at once, by the group commit and in write transactions", async () => {
    const before = await verifyAuditChain(db, SECRET_READER);
    expect(before.report).toMatchObject({ whole: true });
    const grouped = Array.from({ length: 300 }, (_, i) => recordNow(db, event(i)));
    const inTransactions = Array.from({ length: 40 }, (_, i) =>
      db.write(async (tx) => [await record(tx, event(1000 + i)), await record(tx, event(2000 + i))]));
    const written = [...await Promise.all(grouped), ...(await Promise.all(inTransactions)).flat()];

    const after = await verifyAuditChain(db, SECRET_READER);
    expect(after.report).toEqual({ whole: true, events: before.report.events + written.length });
    const places = await tamper("MATCH (e:AuditEvent {actor: $actor}) RETURN e.seq AS seq", { actor });
    expect(new Set(places.map((row) => neo4j.integer.toNumber(row.get("seq")))).size).toBe(written.length);
  });

  it("reports an event whose details were edited in the database, by its place and id", async () => {
    const { id } = await recordNow(db, event(1));
    await recordNow(db, event(2));
    const seq = await seqOf(id);
    const [original] = await tamper("MATCH (e:AuditEvent {id: $id}) RETURN e.details AS details", { id });
    await tamper(`MATCH (e:AuditEvent {id: $id}) SET e.details = '{"i":1,"note":"nothing happened"}'`, { id });
    try {
      expect((await verifyAuditChain(db, SECRET_READER)).report).toMatchObject({ whole: false, firstBreak: { seq, id, reason: "altered" } });
    } finally {
      await tamper("MATCH (e:AuditEvent {id: $id}) SET e.details = $details", { id, details: original!.get("details") });
    }
    expect((await verifyAuditChain(db, SECRET_READER)).report.whole).toBe(true);
  });

  it("reports an edited event whose hash was recomputed at the next event, which no longer follows it", async () => {
    const { id } = await recordNow(db, event(3));
    const next = await recordNow(db, event(4));
    const [row] = await tamper("MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS props", { id });
    const props = row!.get("props") as Record<string, unknown>;
    const forged = { ...storedEvent(props), actor: "somebody-else" };
    await tamper("MATCH (e:AuditEvent {id: $id}) SET e.actor = $actor, e.hash = $hash", { id, actor: forged.actor, hash: eventHash(forged) });
    try {
      expect((await verifyAuditChain(db, SECRET_READER)).report.firstBreak)
        .toEqual({ seq: await seqOf(next.id), id: next.id, reason: "unlinked" });
    } finally {
      await tamper("MATCH (e:AuditEvent {id: $id}) SET e.actor = $actor, e.hash = $hash", { id, actor: props.actor, hash: props.hash });
    }
    expect((await verifyAuditChain(db, SECRET_READER)).report.whole).toBe(true);
  });

  it("reports a deleted event by its place", async () => {
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await recordNow(db, event(10 + i))).id);
    const seq = await seqOf(ids[1]!);
    const [row] = await tamper("MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS props", { id: ids[1] });
    await tamper("MATCH (e:AuditEvent {id: $id}) DELETE e", { id: ids[1] });
    try {
      expect((await verifyAuditChain(db, SECRET_READER)).report).toMatchObject({ whole: false, firstBreak: { seq, reason: "missing" } });
    } finally {
      await tamper("CREATE (e:AuditEvent) SET e = $props", { props: row!.get("props") });
    }
    expect((await verifyAuditChain(db, SECRET_READER)).report.whole).toBe(true);
  });

  it("reports an event slipped in beside the chain", async () => {
    const id = `${actor}-forged`;
    await tamper(`CREATE (:AuditEvent {id: $id, at: datetime(), actor: 'admin', action: 'user.delete', target: 'someone',
      outcome: 'success', details: '{}'})`, { id });
    try {
      expect((await verifyAuditChain(db, SECRET_READER)).report.firstBreak).toEqual({ seq: null, id, reason: "unchained" });
    } finally {
      await tamper("MATCH (e:AuditEvent {id: $id}) DELETE e", { id });
    }
    expect((await verifyAuditChain(db, SECRET_READER)).report.whole).toBe(true);
  });

  it("names a broken event only to a reader who may see it, and gives others its place alone", async () => {
    const { id } = await recordNow(db, event(20, { classification: "SECRET", caveats: [] }));
    const seq = await seqOf(id);
    await tamper(`MATCH (e:AuditEvent {id: $id}) SET e.details = '{}'`, { id });
    try {
      const hidden = await verifyAuditChain(db, UNCLASSIFIED_READER);
      expect(hidden.report.firstBreak).toEqual({ seq, reason: "altered" });
      expect(hidden.marking).toEqual({});
      const shown = await verifyAuditChain(db, SECRET_READER);
      expect(shown.report.firstBreak).toEqual({ seq, id, reason: "altered" });
      expect(shown.marking).toMatchObject({ classification: "SECRET" });
    } finally {
      await tamper(`MATCH (e:AuditEvent {id: $id}) SET e.details = '{"i":20}'`, { id });
    }
    expect((await verifyAuditChain(db, SECRET_READER)).report.whole).toBe(true);
  });
});

/** An event's stored properties (as the raw driver returns them) as the hash reads them. */
function storedEvent(props: Record<string, unknown>): ChainedEvent {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    id: String(props.id), seq: neo4j.integer.toNumber(props.seq as number), at: new Date(String(props.at)).toISOString(),
    actor: String(props.actor), action: String(props.action), target: text(props.target), outcome: String(props.outcome),
    details: String(props.details), classification: text(props.classification), caveats: text(props.caveats),
    prevHash: String(props.prevHash),
  };
}
