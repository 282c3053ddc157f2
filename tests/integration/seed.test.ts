import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { defaultSeedFile, loadSeed } from "../../server/seed/load-seed.ts";
import { fetchGraphView } from "../../server/graph/graph-view.ts";
import { emptyGraph, openTestDatabase } from "../support/database.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

let db: GraphDatabase;
let model: GraphModel;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  await emptyGraph(db);
});
afterAll(() => db.close());

async function snapshot() {
  const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 100_000, language: "fr" });
  const canonical = JSON.stringify({
    nodes: view.nodes.map((n) => Object.entries(n.data).sort()),
    edges: view.edges.map((e) => Object.entries(e.data).sort()),
  });
  return {
    nodes: view.nodes.length,
    edges: view.edges.length,
    checksum: createHash("sha256").update(canonical).digest("hex"),
  };
}

describe("the seed graph", () => {
  it("loads every entity and relationship of the seed file", async () => {
    const report = await loadSeed(db, model);
    const file = JSON.parse(readFileSync(defaultSeedFile, "utf8"));
    expect(report.nodes).toBe(file.nodes.length);
    expect(report.edges).toBe(file.edges.length);
    const after = await snapshot();
    expect(after.nodes).toBe(file.nodes.length);
    expect(after.edges).toBe(file.edges.length);
  });

  it("leaves the graph identical when loaded a second time (counts and a checksum of ids and properties)", async () => {
    const first = await snapshot();
    const report = await loadSeed(db, model);
    expect(report.created).toBe(0);
    expect(await snapshot()).toEqual(first);
  });

  it("holds every entity DOMAIN.md names, with provenance to the source lines", async () => {
    const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 1000, language: "en" });
    const ids = new Set(view.nodes.map((n) => n.data.id));
    const named = [
      "sgrs", "vsse", "foreign-services", "cns", "ccrs", "csrs", "comite-suivi", "ocam", "fedpol", "customs", "ctif",
      "dgcc", "nato", "eu", "un", "defence", "prime-minister", "attache-network", "liaison-sgrs-vsse",
      "liaison-sgrs-ocam", "liaison-sgrs-fedpol", "psnr", "terrorism", "espionage", "organised-crime",
      "social-media-manipulation",
      ...Array.from({ length: 13 }, (_, i) => `psnr-p${String(i + 1).padStart(2, "0")}`),
    ];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    for (const element of [...view.nodes, ...view.edges]) {
      expect(element.data.provenanceDocument, element.data.id).toBe("source-sgrs-cooperation.fr.txt");
      expect(element.data.provenanceLocator, element.data.id).toMatch(/^lines? \d+/);
    }
  });

  it("marks the projects the source does not describe as undocumented, and gives the plan's approval date", async () => {
    const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { kinds: ["Project"], limit: 100, language: "en" });
    expect(view.nodes).toHaveLength(13);
    expect(view.nodes.filter((n) => n.data.documented === false)).toHaveLength(10);
    const all = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 1000, language: "en" });
    const approved = all.edges.find((e) => e.data.type === "APPROVED");
    expect(approved?.data).toMatchObject({ source: "cns", target: "psnr", date: "2018-10-22" });
  });

  it("flags plain translations of names as not official", async () => {
    const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 1000, language: "en" });
    const byId = new Map(view.nodes.map((n) => [n.data.id, n.data]));
    expect(byId.get("comite-suivi")).toMatchObject({ nameOfficialFr: true, nameOfficialEn: false, nameOfficialNl: false });
    expect(byId.get("sgrs")).toMatchObject({ nameOfficialNl: true, acronymNl: "ADIV" });
  });
});
