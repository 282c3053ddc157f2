import { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openTestDatabase } from "../support/database.ts";

let db: GraphDatabase;

beforeAll(async () => {
  ({ db } = await openTestDatabase());
});
afterAll(() => db.close());

/** What Neo4j answers when a transaction outgrows dbms.memory.transaction.total.max: a transient error. */
const memoryLimit = () => new Neo4jError(
  "The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 715.0 MiB. dbms.memory.transaction.total.max threshold reached",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "", "",
);

describe("transactions that may not be run twice", () => {
  it("are tried once when told not to retry, so a too-large import fails at once instead of twice", async () => {
    let attempts = 0;
    const failing = db.write(async (tx) => {
      attempts += 1;
      await tx.run("explore/graph-version");
      throw memoryLimit();
    }, { retry: false });
    await expect(failing).rejects.toThrow(/threshold reached/);
    expect(attempts).toBe(1);
  });

  it("are retried by default after a transient failure", async () => {
    let attempts = 0;
    const answer = await db.write(async (tx) => {
      attempts += 1;
      await tx.run("explore/graph-version");
      if (attempts === 1) throw memoryLimit();
      return "second time";
    });
    expect(answer).toBe("second time");
    expect(attempts).toBe(2);
  });

  it("commit their work once they succeed, without a retry", async () => {
    const rows = await db.write((tx) => tx.run("explore/graph-version"), { retry: false });
    expect(rows).toHaveLength(1);
  });
});
