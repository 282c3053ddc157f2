import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../server/import/run-import.ts";
import type { ImportFile } from "../../server/import/records.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../support/database.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";
import { OTHER_TOOLS_FIXTURES } from "../support/other-tools.ts";

/**
 * Undirected edges are turned to the direction the model allows (in the files and
 * against stored ends), refused with one message naming what is allowed where neither
 * direction is, and reciprocal pairs of a symmetric type become one relationship.
 */
let db: GraphDatabase;
let model: GraphModel;
let scratch: string;
const TOOLS = OTHER_TOOLS_FIXTURES;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "orientation-"));
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

function file(name: string, content: string): ImportFile {
  const target = path.join(scratch, name);
  writeFileSync(target, content);
  return { path: target, name };
}

const importFiles = (files: ImportFile[], dryRun = false) => runImport(db, model, files, {
  mode: "merge", dryRun, user: "test", maxElements: 100_000, timeoutMs: 60_000,
});

/** The stored relationships whose ends both start with `prefix`, as [id, type, source, target]. */
async function storedEdges(prefix: string): Promise<string[][]> {
  const edges: string[][] = [];
  await db.forViewer(CLEARED_VIEWER).read(async (tx) => {
    let after = "";
    for (;;) {
      const rows = await tx.run("export/edges-page", { after, limit: 5000 });
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.id !== null && String(row.source).startsWith(prefix) && String(row.target).startsWith(prefix)) {
          edges.push([String(row.id), String(row.type), String(row.source), String(row.target)]);
        }
      }
      after = String(rows[0]!.last);
    }
  });
  return edges.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Bridges by their definition: an edge whose removal leaves its ends unconnected (a parallel twin keeps them connected). */
function bridgesOf(edges: string[][]): string[][] {
  const connected = (skip: number, from: string, to: string) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.pop()!;
      if (node === to) return true;
      edges.forEach(([, , a, b], i) => {
        if (i === skip) return;
        const next = a === node ? b! : b === node ? a! : undefined;
        if (next === undefined || seen.has(next)) return;
        seen.add(next);
        queue.push(next);
      });
    }
    return false;
  };
  return edges.filter(([, , a, b], i) => !connected(i, a!, b!)).map(([, , a, b]) => [a!, b!].sort());
}

const graphml = (nodes: string, edges: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="name" for="node" attr.name="nameFr" attr.type="string"/>
  <key id="scope" for="node" attr.name="scope" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">
${nodes}
${edges}
  </graph>
</graphml>
`;
const service = (id: string) => `<node id="${id}"><data key="kind">Service</data><data key="name">${id}</data></node>`;
const partner = (id: string) => `<node id="${id}"><data key="kind">Partner</data><data key="name">${id}</data><data key="scope">national</data></node>`;
const edge = (id: string, source: string, target: string, type = "COOPERATES_WITH", extra = "") =>
  `<edge id="${id}" source="${source}" target="${target}"${extra}><data key="type">${type}</data></edge>`;

describe("undirected edges from other tools", () => {
  it("turns an undirected Partner→Service cooperation around, says so once, and a second run changes nothing", async () => {
    const files = [file("undirected.graphml", graphml(
      [partner("or-p1"), partner("or-p2"), service("or-s1"), service("or-s2")].join("\n"),
      [
        edge("or-e1", "or-p1", "or-s1"), edge("or-e2", "or-p2", "or-s1"), edge("or-e3", "or-s2", "or-s1"),
        edge("or-e4", "or-p1", "or-s2", "COOPERATES_WITH", ' directed="true"'),
      ].join("\n"),
    ))];
    const refused = await importFiles(files, true);
    expect(refused.status).toBe("rejected");
    expect(refused.errors.map((problem) => [problem.line, problem.message])).toEqual([
      [15, "the model does not allow Partner -[COOPERATES_WITH]-> Service"],
    ]);

    const fixed = [file("undirected.graphml", graphml(
      [partner("or-p1"), partner("or-p2"), service("or-s1"), service("or-s2")].join("\n"),
      [edge("or-e1", "or-p1", "or-s1"), edge("or-e2", "or-p2", "or-s1"), edge("or-e3", "or-s2", "or-s1")].join("\n"),
    ))];
    const dry = await importFiles(fixed, true);
    expect(dry.status).toBe("dry-run");
    expect(dry.warnings).toEqual([expect.objectContaining({ code: "oriented", count: 2, samples: ["or-e1", "or-e2"] })]);
    const report = await importFiles(fixed);
    expect(report.status).toBe("imported");
    expect(report.created).toEqual({ nodes: 4, edges: 3 });
    expect(await storedEdges("or-")).toEqual([
      ["or-e1", "COOPERATES_WITH", "or-s1", "or-p1"],
      ["or-e2", "COOPERATES_WITH", "or-s1", "or-p2"],
      ["or-e3", "COOPERATES_WITH", "or-s2", "or-s1"],
    ]);
    const again = await importFiles(fixed);
    expect(again.unchanged).toEqual({ nodes: 4, edges: 3 });
    expect(again.created).toEqual({ nodes: 0, edges: 0 });
    expect(again.updated).toEqual({ nodes: 0, edges: 0 });
  });

  it("turns an undirected edge whose ends are only in the database, by their stored kinds", async () => {
    const report = await importFiles([file("later.graphml", graphml("", edge("or-e5", "or-p2", "or-s2")))]);
    expect(report.status).toBe("imported");
    expect(report.warnings).toEqual([expect.objectContaining({ code: "oriented", count: 1, samples: ["or-e5"] })]);
    expect((await storedEdges("or-")).find(([id]) => id === "or-e5")).toEqual(["or-e5", "COOPERATES_WITH", "or-s2", "or-p2"]);
  });

  it("refuses a pair the model allows in neither direction with one message naming the types it allows between them", async () => {
    const report = await importFiles([file("neither.graphml", graphml(
      [partner("or-p3"), partner("or-p4")].join("\n"),
      edge("or-e6", "or-p3", "or-p4"),
    ))], true);
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([expect.objectContaining({
      code: "not-allowed", file: "neither.graphml", field: "type",
      message: "the model allows COOPERATES_WITH neither Partner → Partner nor Partner → Partner; " +
        "between two Partners it allows DISSEMINATES_TO (Partner → Partner)",
    })]);
  });
});

describe("reciprocal pairs", () => {
  it("imports an adjacency list's a→b and b→a of a symmetric type as one relationship each, with networkx's bridges", async () => {
    const facts = JSON.parse(readFileSync(path.join(TOOLS, "facts.json"), "utf8")).florentine;
    const rows = readFileSync(path.join(TOOLS, "florentine.reciprocal-edges.csv"), "utf8").trim().split(/\r?\n/).slice(1)
      .map((line) => line.split(",").map((cell) => cell.trim()));
    const families = [...new Set(rows.flat())];
    const nodes = file("families.csv", ["id:ID,:LABEL,nameFr", ...families.map((name) => `fl-${name},Service,${name}`)].join("\n"));
    const edges = file("ties.csv", [
      "id,:START_ID,:END_ID,:TYPE", ...rows.map(([a, b], i) => `fl-tie-${i},fl-${a},fl-${b},COOPERATES_WITH`),
    ].join("\n"));
    const report = await importFiles([nodes, edges]);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe("imported");
    expect(report.created).toEqual({ nodes: facts.nodes, edges: facts.edges });
    expect(report.warnings).toEqual([expect.objectContaining({ code: "reciprocal-merged", count: rows.length - facts.edges })]);
    const stored = await storedEdges("fl-");
    expect(stored).toHaveLength(facts.edges);
    const bridges = bridgesOf(stored).map((pair) => pair.map((id) => id.slice(3)).sort().join("–")).sort();
    expect(bridges).toEqual((facts.bridges as string[][]).map((pair) => [...pair].sort().join("–")).sort());

    const again = await importFiles([nodes, edges]);
    expect(again.unchanged).toEqual({ nodes: facts.nodes, edges: facts.edges });
  });

  it("merges an undirected edge listed twice, whichever way round, but keeps parallel directed edges of a non-symmetric type", async () => {
    const report = await importFiles([file("twice.graphml", graphml(
      [service("or-s7"), service("or-s8")].join("\n"),
      [
        edge("or-e7", "or-s7", "or-s8", "MEETS_INFORMALLY"), edge("or-e8", "or-s8", "or-s7", "MEETS_INFORMALLY"),
        edge("or-e9", "or-s7", "or-s8", "DISSEMINATES_TO", ' directed="true"'),
        edge("or-e10", "or-s7", "or-s8", "DISSEMINATES_TO", ' directed="true"'),
      ].join("\n"),
    ))]);
    expect(report.status).toBe("imported");
    expect(report.warnings).toEqual([expect.objectContaining({ code: "reciprocal-merged", count: 1, samples: ["or-e8"] })]);
    expect((await storedEdges("or-s")).map(([id]) => id)).toEqual(["or-e10", "or-e3", "or-e7", "or-e9"]);
  });
});
