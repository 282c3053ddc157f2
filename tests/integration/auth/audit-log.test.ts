import { PassThrough } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAuditJsonLines } from "../../../server/audit/audit-export.ts";
import { auditEventsInOrder, listAuditEvents, record, recordNow } from "../../../server/audit/audit-log.ts";
import { GraphDatabase, type ViewerDatabase } from "../../../server/neo4j/database.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";
import { openAccessDatabase } from "./access-support.ts";

let db: GraphDatabase;
let reader: ViewerDatabase;
const UNMARKED = {};
const actor = `audit-test-${Date.now()}`;

beforeAll(async () => {
  db = await openAccessDatabase();
  reader = db.forViewer(CLEARED_VIEWER);
});
afterAll(() => db.close());

describe("the audit trail", () => {
  it("records an event with an id and the database's time, and reads it back", async () => {
    const written = await recordNow(db, {
      actor, action: "query.run", target: "single-thread-partners", outcome: "success", details: { rows: 3, password: "nope" },
      marking: { classification: "RESTRICTED", caveats: ["rel nato"] },
    });
    expect(written.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const { events, truncated } = await listAuditEvents(reader, { actor, limit: 10 });
    expect(truncated).toBe(false);
    expect(events).toEqual([{
      id: written.id, seq: expect.any(Number), at: written.at, actor, action: "query.run", target: "single-thread-partners",
      outcome: "success", details: { rows: 3, password: "[redacted]" }, marking: { classification: "RESTRICTED", caveats: ["REL NATO"] },
    }]);
  });

  it("commits an event with the write it belongs to, or not at all", async () => {
    const failing = db.write(async (tx) => {
      await record(tx, { actor, action: "data.import", outcome: "success", details: { batch: "rolled-back" }, marking: {} });
      throw new Error("the import failed after its event was written");
    });
    await expect(failing).rejects.toThrow(/import failed/);
    const { events } = await listAuditEvents(reader, { actor, action: "data.import", limit: 10 });
    expect(events).toEqual([]);
  });

  it("filters by actor, action and time, newest first, and says when it cut the list", async () => {
    const other = `${actor}-filters`;
    const start = new Date(Date.now() - 1000).toISOString();
    for (const action of ["data.export", "data.import", "data.export"] as const) {
      await recordNow(db, { actor: other, action, outcome: "success", marking: UNMARKED });
    }
    const exports = await listAuditEvents(reader, { actor: other, action: "data.export", limit: 10 });
    expect(exports.events).toHaveLength(2);
    expect(exports.events[0]!.at >= exports.events[1]!.at).toBe(true);
    const one = await listAuditEvents(reader, { actor: other, limit: 1 });
    expect(one).toMatchObject({ truncated: true, events: [{ action: "data.export" }] });
    expect((await listAuditEvents(reader, { actor: other, from: start, limit: 10 })).events).toHaveLength(3);
    expect((await listAuditEvents(reader, { actor: other, to: start, limit: 10 })).events).toHaveLength(0);
    expect((await listAuditEvents(reader, { actor: other, from: "2000-01-01", to: "2000-01-02", limit: 10 })).events).toHaveLength(0);
  });

  it("reads every matching event in order across pages, losing none at page edges", async () => {
    const paged = `${actor}-pages`;
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      // Two events in one transaction share their instant, so pages must also order by id.
      ids.push(...await db.write(async (tx) => [
        (await record(tx, { actor: paged, action: "data.export", outcome: "success", details: { i }, marking: UNMARKED })).id,
        (await record(tx, { actor: paged, action: "data.export", outcome: "success", details: { i }, marking: UNMARKED })).id,
      ]));
    }
    const read: string[] = [];
    for await (const event of auditEventsInOrder(reader, { actor: paged }, 3)) read.push(event.id);
    expect(read).toHaveLength(14);
    expect(new Set(read)).toEqual(new Set(ids));
  });

  it("exports as JSON lines, one event per line", async () => {
    const exported = `${actor}-export`;
    for (let i = 0; i < 3; i += 1) await recordNow(db, { actor: exported, action: "data.export", outcome: "success", details: { i }, marking: UNMARKED });
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk));
    expect(await writeAuditJsonLines(reader, { actor: exported }, out)).toBe(3);
    const lines = Buffer.concat(chunks).toString("utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).details.i)).toEqual([0, 1, 2]);
  });

  it("stores every one of many events recorded at once, and tells each caller its own", async () => {
    let round = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom("query.run", "data.read-marked", "session.sign-in"), { minLength: 1, maxLength: 700 }), async (actions) => {
      const burst = `${actor}-burst-${(round += 1)}`;
      const written = await Promise.all(actions.map((action, i) =>
        recordNow(db, { actor: burst, action: action as "query.run", outcome: "success", details: { i }, marking: UNMARKED })));
      expect(new Set(written.map((event) => event.id)).size).toBe(actions.length);
      const stored: { id: string; i: unknown; action: string }[] = [];
      for await (const event of auditEventsInOrder(reader, { actor: burst })) stored.push({ id: event.id, i: event.details.i, action: event.action });
      expect(stored).toHaveLength(actions.length);
      const byId = new Map(stored.map((event) => [event.id, event]));
      written.forEach((event, i) => expect(byId.get(event.id)).toEqual({ id: event.id, i, action: actions[i] }));
    }), { numRuns: 6 });
  });

  it("fails every caller whose event could not be committed, and goes on recording afterwards", async () => {
    const connection = { user: "neo4j", password: "unused", database: "neo4j", queryTimeoutMs: 2_000 };
    const down = new GraphDatabase({ ...connection, uri: "bolt://127.0.0.1:1" });
    try {
      const attempts = Array.from({ length: 5 }, (_, i) => recordNow(down, { actor, action: "query.run", outcome: "success", details: { i }, marking: UNMARKED }));
      for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ status: 503 });
      // A failed commit does not leave the queue stuck: the next event is tried (and fails) too.
      await expect(recordNow(down, { actor, action: "query.run", outcome: "success", marking: UNMARKED })).rejects.toMatchObject({ status: 503 });
    } finally {
      await down.close();
    }
    const after = `${actor}-after-failure`;
    await recordNow(db, { actor: after, action: "query.run", outcome: "success", marking: UNMARKED });
    expect((await listAuditEvents(reader, { actor: after, limit: 10 })).events).toHaveLength(1);
  });
});
