import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { defaultSeedFile, loadSeed, SeedError } from "../../server/seed/load-seed.ts";
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

  it("holds every entity DOMAIN.md and the official facts name, with provenance to lines of a listed document", async () => {
    const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 1000, language: "en" });
    const ids = new Set(view.nodes.map((n) => n.data.id));
    const named = [
      "sgrs", "vsse", "foreign-services", "cns", "ccrs", "csrs", "comite-suivi", "ocam", "fedpol", "customs", "ctif",
      "dgcc", "nato", "eu", "un", "defence", "prime-minister", "defence-attaches", "security-attaches", "liaison-sgrs-vsse",
      "liaison-sgrs-ocam", "liaison-sgrs-fedpol", "psnr", "terrorism", "espionage", "organised-crime",
      "social-media-manipulation", "psnr-area-collection", "psnr-area-logistics", "psnr-area-joint-analysis",
      "ccb", "minister-justice", "minister-defence", "minister-interior", "minister-foreign-affairs", "fps-chancellery",
      "fps-foreign-affairs", "prosecutors-general", "federal-prosecutor",
      ...Array.from({ length: 13 }, (_, i) => `psnr-p${String(i + 1).padStart(2, "0")}`),
    ];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    for (const element of [...view.nodes, ...view.edges]) {
      expect(["source-sgrs-cooperation.fr.txt", "official-facts.en.md"], element.data.id).toContain(element.data.provenanceDocument);
      expect(element.data.provenanceRetrieved, element.data.id).toBe("2026-11-28");
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
    expect(byId.get("comite-suivi")).toMatchObject({ nameOfficialFr: false, nameOfficialEn: false, nameOfficialNl: false });
    expect(byId.get("ccrs")).toMatchObject({ nameOfficialFr: true, nameOfficialNl: true, nameOfficialEn: false });
    expect(byId.get("sgrs")).toMatchObject({ nameOfficialNl: true, acronymNl: "ADIV" });
  });

  it("refuses a seed whose element cites a document the header does not list, naming element and field", async () => {
    const file = JSON.parse(readFileSync(defaultSeedFile, "utf8"));
    file.edges[0].data.provenanceUrl = "https://example.org/not-listed";
    const copy = path.join(mkdtempSync(path.join(tmpdir(), "seed-")), "seed.json");
    writeFileSync(copy, JSON.stringify(file));
    const before = await snapshot();
    const refused = loadSeed(db, model, copy);
    await expect(refused).rejects.toThrow(SeedError);
    await expect(loadSeed(db, model, copy)).rejects.toThrow(new RegExp(`element ${file.edges[0].data.id}: provenanceUrl`));
    expect(await snapshot()).toEqual(before);
  });

  it("records who sits in which body with a role and dates, and flows that go both ways", async () => {
    const view = await fetchGraphView(db.forViewer(CLEARED_VIEWER), model, { limit: 1000, language: "en" });
    const seat = (from: string, body: string) => view.edges.filter((e) => e.data.type === "PARTICIPATES_IN" && e.data.source === from && e.data.target === body)
      .map((e) => ({ role: e.data.role, validFrom: e.data.validFrom, validTo: e.data.validTo }));
    expect(seat("prime-minister", "cns")).toEqual([{ role: "chair", validFrom: "2015-01-28", validTo: undefined }]);
    expect(seat("sgrs", "cns")).toEqual([expect.objectContaining({ role: "invitee" })]);
    expect(seat("fps-chancellery", "csrs")).toEqual([expect.objectContaining({ role: "secretariat" })]);
    expect(seat("customs", "ccrs")).toEqual([expect.objectContaining({ role: "own-files-member" })]);
    const toOcam = view.edges.filter((e) => e.data.type === "DISSEMINATES_TO" && e.data.target === "ocam").map((e) => e.data.source).sort();
    expect(toOcam).toEqual(["customs", "dgcc", "fedpol", "sgrs", "vsse"]);
    expect(view.edges.some((e) => e.data.type === "DISSEMINATES_TO" && e.data.source === "vsse" && e.data.target === "sgrs")).toBe(true);
  });
});
