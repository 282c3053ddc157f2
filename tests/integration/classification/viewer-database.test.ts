import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NARROWEST_VIEWER, viewerFor } from "../../../server/access/viewer.ts";
import { runImport } from "../../../server/import/run-import.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";

let db: GraphDatabase;
let model: GraphModel;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  const dir = mkdtempSync(path.join(tmpdir(), "viewer-reader-"));
  const file = path.join(dir, "marked.json");
  writeFileSync(file, JSON.stringify({
    nodes: [{ data: { id: "marked-node", kind: "Service", nameFr: "Marqué", classification: "CONFIDENTIAL", caveats: "REL EU" } }],
    edges: [],
  }));
  const report = await runImport(db, model, [{ path: file, name: "marked.json" }], {
    mode: "merge", dryRun: false, user: "tests", maxElements: 10, timeoutMs: 30_000,
  });
  rmSync(dir, { recursive: true, force: true });
  expect(report.status).toBe("imported");
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
});

describe("reads on behalf of a viewer", () => {
  it("refuses to run a viewer-filtered statement without a viewer", async () => {
    await expect(db.query("explore/node", { id: "marked-node" })).rejects.toThrow(/filters by viewer/);
    await expect(db.read((tx) => tx.run("explore/graph-nodes", { kinds: null, asOf: null, limit: 10 }))).rejects.toThrow(/forViewer/);
  });

  it("does not let a caller widen the viewer through its own parameters", async () => {
    const rows = await db.forViewer(NARROWEST_VIEWER).query("explore/node", { id: "marked-node", markings: ["CONFIDENTIAL"], caveats: ["REL EU"] });
    expect(rows).toEqual([]);
  });

  it("applies the level and every caveat", async () => {
    const found = async (level: "RESTRICTED" | "CONFIDENTIAL" | "SECRET", caveats: string[]) =>
      (await db.forViewer(viewerFor({ level, caveats })).query("explore/node", { id: "marked-node" })).length;
    expect(await found("CONFIDENTIAL", ["rel eu"])).toBe(1);
    expect(await found("SECRET", ["REL EU", "REL NATO"])).toBe(1);
    expect(await found("RESTRICTED", ["REL EU"])).toBe(0);
    expect(await found("SECRET", ["REL NATO"])).toBe(0);
  });
});
