import { describe, expect, it } from "vitest";
import { eventHash, GENESIS_HASH, type ChainedEvent } from "../../../server/audit/audit-chain.ts";
import { ACTIONS_NAMING_NO_ELEMENT, actionNamesElements, auditRow, redactDetails } from "../../../server/audit/audit-event.ts";
import { AuditAction } from "../../../contract/audit.ts";
import { loadCatalog } from "../../../server/neo4j/catalog.ts";

describe("audit details", () => {
  it("never keep a password, token, hash or cookie, however the caller names or nests it", () => {
    const stored = JSON.parse(redactDetails({
      ip: "10.0.0.1",
      password: "correct horse battery staple",
      changes: { newPassword: "x", csrfToken: "y", passwordHash: "z", role: "admin" },
      headers: [{ authorization: "Bearer abc", cookie: "cnd_session=abc" }],
      note: "cnd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      tokenId: "8f7c0d4e-0000-4000-8000-000000000000",
    }));
    expect(stored).toEqual({
      ip: "10.0.0.1",
      password: "[redacted]",
      changes: { newPassword: "[redacted]", csrfToken: "[redacted]", passwordHash: "[redacted]", role: "admin" },
      headers: [{ authorization: "[redacted]", cookie: "[redacted]" }],
      note: "[redacted]",
      tokenId: "8f7c0d4e-0000-4000-8000-000000000000",
    });
  });

  it("stay small: an oversized detail is replaced by its size", () => {
    const stored = redactDetails({ blob: "x".repeat(20_000) });
    expect(stored.length).toBeLessThan(100);
    expect(JSON.parse(stored)).toMatchObject({ truncated: true });
  });
});

describe("the marking of audit events", () => {
  it("is required of every action that names elements: a new action needs one unless it is declared to name none", () => {
    const named = AuditAction.options.filter(actionNamesElements);
    expect(named).toEqual(expect.arrayContaining([
      "query.run", "data.read-marked", "data.export", "marking.change", "audit.verify", "data.import", "view.create", "view.delete",
      "import.hidden-id",
    ]));
    for (const action of AuditAction.options) {
      const declared = (ACTIONS_NAMING_NO_ELEMENT as readonly string[]).includes(action);
      expect(actionNamesElements(action), action).toBe(!declared);
    }
  });

  it("refuses to store an event that names elements without its marking, and stores the marking as elements do", () => {
    // @ts-expect-error: the type already refuses a marking.change without its marking.
    expect(() => auditRow({ actor: "amy", action: "marking.change", target: "sgrs", outcome: "success" })).toThrow(/marking/);
    expect(auditRow({ actor: "amy", action: "user.create", target: "bob", outcome: "success" }))
      .toMatchObject({ classification: null, caveats: null });
    expect(auditRow({ actor: "amy", action: "query.run", outcome: "success", marking: { classification: "SECRET", caveats: ["rel nato", "EU"] } }))
      .toMatchObject({ classification: "SECRET", caveats: "EU;REL NATO" });
  });
});

describe("the hash of an audit event", () => {
  const event: ChainedEvent = {
    id: "8f7c0d4e-0000-4000-8000-000000000000", seq: 7, at: "2026-01-02T03:04:05.678Z", actor: "amy", action: "query.run",
    target: "brokers", outcome: "success", details: '{"rows":3}', classification: "SECRET", caveats: "REL NATO", prevHash: GENESIS_HASH,
  };

  it("is a SHA-256 that changes with every stored field and with the previous hash", () => {
    const hash = eventHash(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...event })).toBe(hash);
    const changed: Partial<ChainedEvent>[] = [
      { id: "other" }, { seq: 8 }, { at: "2026-01-02T03:04:05.679Z" }, { actor: "bob" }, { action: "data.export" },
      { target: null }, { outcome: "failure" }, { details: '{"rows":4}' }, { classification: null }, { caveats: null },
      { prevHash: "1".repeat(64) },
    ];
    for (const change of changed) expect(eventHash({ ...event, ...change }), JSON.stringify(change)).not.toBe(hash);
  });

  it("does not depend on the order the fields were assembled in", () => {
    const reversed = Object.fromEntries(Object.entries(event).reverse()) as unknown as ChainedEvent;
    expect(eventHash(reversed)).toBe(eventHash(event));
  });
});

describe("the audit trail in the Cypher catalog", () => {
  const catalog = loadCatalog();
  const withoutComments = (text: string) => text.split("\n").filter((line) => !line.trim().startsWith("//")).join("\n");

  it("has no statement that changes or deletes an audit event", () => {
    const touching = [...catalog].filter(([, text]) => /AuditEvent/.test(withoutComments(text)));
    expect(touching.map(([name]) => name)).toContain("audit/record-events");
    for (const [name, text] of touching) {
      expect(withoutComments(text), name).not.toMatch(/\b(SET|DELETE|DETACH|REMOVE|MERGE)\b/i);
    }
  });

  it("moves the chain's head forward only: no statement deletes it or takes a property off it", () => {
    const touching = [...catalog].filter(([, text]) => /AuditChain/.test(withoutComments(text)));
    expect(touching.map(([name]) => name)).toEqual(expect.arrayContaining(["audit/reserve-chain", "audit/advance-chain"]));
    for (const [name, text] of touching) expect(withoutComments(text), name).not.toMatch(/\b(DELETE|DETACH|REMOVE)\b/i);
  });

  it("has no statement that deletes or changes nodes of any label, which would reach audit events too", () => {
    for (const [name, text] of catalog) {
      const body = withoutComments(text);
      if (!/\b(DELETE|SET|REMOVE)\b/i.test(body)) continue;
      // A writing statement names a label on every node it binds: `(n)` alone would match
      // audit events. A bare variable is fine when it was bound with a label before.
      const labelled = new Set([...body.matchAll(/\(\s*(\w+)\s*:/g)].map((match) => match[1]));
      const bare = [...body.matchAll(/MATCH\s*\(\s*(\w+)\s*[{)]/gi)].map((match) => match[1]);
      expect(bare.filter((variable) => !labelled.has(variable)), name).toEqual([]);
    }
  });
});
