import { describe, expect, it } from "vitest";
import { redactDetails } from "../../../server/audit/audit-event.ts";
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
