import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clearance } from "../../../contract/markings.ts";
import { runImport } from "../../../server/import/run-import.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";

let db: GraphDatabase;
let model: GraphModel;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "import-clearance-"));
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

async function importAs(clearance: Clearance, nodes: Record<string, unknown>[]) {
  const file = path.join(scratch, `${nodes.map((n) => n.id).join("-")}.json`);
  writeFileSync(file, JSON.stringify({ nodes: nodes.map((data) => ({ data: { kind: "Service", ...data } })), edges: [] }));
  return runImport(db, model, [{ path: file, name: "marked.json" }], {
    mode: "merge", dryRun: true, user: "tests", maxElements: 1000, timeoutMs: 30_000, clearance,
  });
}

describe("an import by a user cleared RESTRICTED without caveats", () => {
  const restricted: Clearance = { level: "RESTRICTED", caveats: [] };

  it("refuses an element marked above the clearance, naming its row and field", async () => {
    const report = await importAs(restricted, [
      { id: "ok-restricted", nameFr: "a", classification: "RESTRICTED" },
      { id: "too-high", nameFr: "b", classification: "SECRET" },
    ]);
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      expect.objectContaining({ pointer: "nodes[1]", field: "classification", message: "is SECRET, above your clearance (RESTRICTED)" }),
    ]);
  });

  it("refuses an element carrying a caveat the user does not hold", async () => {
    const report = await importAs(restricted, [{ id: "nato-only", nameFr: "c", caveats: "REL NATO" }]);
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      expect.objectContaining({ pointer: "nodes[0]", field: "caveats", message: "carries REL NATO, which you do not hold" }),
    ]);
  });

  it("accepts what the user could read back", async () => {
    const report = await importAs({ level: "SECRET", caveats: ["REL NATO"] }, [
      { id: "cleared-a", nameFr: "d", classification: "SECRET", caveats: "REL NATO" },
    ]);
    expect(report.status, JSON.stringify(report.errors)).toBe("dry-run");
  });
});

describe("a replace by a cleared user", () => {
  it("refuses to delete a node another source still uses, however many marked relationships of its own the node has", async () => {
    // Past the lookup's limit of 100: the source's own marked relationships must not crowd out the foreign one.
    const leaves = Array.from({ length: 120 }, (_, i) => ({ data: { id: `crowd-leaf-${i}`, kind: "Partner", nameFr: `Feuille ${i}`, scope: "national" } }));
    const crowd = path.join(scratch, "crowd.json");
    writeFileSync(crowd, JSON.stringify({
      nodes: [{ data: { id: "crowd-hub", kind: "Service", nameFr: "Moyeu" } }, ...leaves],
      edges: leaves.map(({ data }, i) => ({
        data: { id: `crowd-tie-${i}`, source: "crowd-hub", target: data.id, type: "DISSEMINATES_TO", classification: "RESTRICTED" },
      })),
    }));
    const other = path.join(scratch, "other.json");
    writeFileSync(other, JSON.stringify({ nodes: [], edges: [{ data: { id: "crowd-foreign", source: "sgrs", target: "crowd-hub", type: "COOPERATES_WITH" } }] }));
    const leavesOnly = path.join(scratch, "leaves-only.json");
    writeFileSync(leavesOnly, JSON.stringify({ nodes: leaves, edges: [] }));
    const options = { user: "tests", maxElements: 1000, timeoutMs: 60_000 };
    const loaded = await runImport(db, model, [{ path: crowd, name: "crowd.json" }], { ...options, mode: "merge", source: "crowd", dryRun: false });
    expect(loaded.status, JSON.stringify(loaded.errors)).toBe("imported");
    expect((await runImport(db, model, [{ path: other, name: "other.json" }], { ...options, mode: "merge", source: "other", dryRun: false })).status).toBe("imported");

    const report = await runImport(db, model, [{ path: leavesOnly, name: "leaves-only.json" }], {
      ...options, mode: "replace", source: "crowd", dryRun: true, clearance: { level: "SECRET", caveats: [] },
    });
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('relationship "crowd-foreign"') })]);
  });
});

describe("an import by an admin", () => {
  const load = async (nodes: Record<string, unknown>[], options: { clearance?: Clearance; admin?: boolean; dryRun?: boolean } = {}) => {
    const file = path.join(scratch, "admin.json");
    writeFileSync(file, JSON.stringify({ nodes: nodes.map((data) => ({ data: { kind: "Service", ...data } })), edges: [] }));
    return runImport(db, model, [{ path: file, name: "admin.json" }], {
      mode: "merge", source: "admin-test", user: "tests", maxElements: 1000, timeoutMs: 30_000, dryRun: false, ...options,
    });
  };

  it("cannot lower, nor even touch, a marking above the admin's clearance: the role never overrides it", async () => {
    expect((await load([{ id: "above-admin", nameFr: "e", classification: "SECRET" }])).status).toBe("imported");
    const before = await snapshotGraph(db);
    const report = await load([{ id: "above-admin", nameFr: "e", classification: "RESTRICTED" }], {
      clearance: { level: "RESTRICTED", caveats: [] }, admin: true,
    });
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([expect.objectContaining({ field: "id", message: 'id "above-admin" is already in use in the database' })]);
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("lowers a marking it is cleared for, and the operator's command line may too", async () => {
    expect((await load([{ id: "lowered", nameFr: "f", classification: "CONFIDENTIAL" }])).status).toBe("imported");
    const byAdmin = await load([{ id: "lowered", nameFr: "f", classification: "RESTRICTED" }], {
      clearance: { level: "SECRET", caveats: [] }, admin: true,
    });
    expect(byAdmin.status, JSON.stringify(byAdmin.errors)).toBe("imported");
    expect(byAdmin.marking).toEqual({ classification: "CONFIDENTIAL", caveats: [] });
    const byOperator = await load([{ id: "lowered", nameFr: "f", classification: "UNCLASSIFIED" }]);
    expect(byOperator.status, JSON.stringify(byOperator.errors)).toBe("imported");
    expect(byOperator.changes.updated).toEqual([expect.objectContaining({ id: "lowered", fields: ["classification"] })]);
  });
});
