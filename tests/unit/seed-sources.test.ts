import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourcesDir } from "../../server/graph/provenance.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { defaultSeedFile } from "../../server/seed/load-seed.ts";
import { citationProblems, citedDocument, seedHeaderSchema } from "../../server/seed/seed-documents.ts";

/**
 * The seed read as an analyst reads it: every element rests on a listed document at a
 * place one can look up, every inference says so, and names are flagged official only
 * where a source says they are. No database needed.
 */
type Data = Record<string, unknown> & { id: string };
const seed = JSON.parse(readFileSync(defaultSeedFile, "utf8")) as { nodes: { data: Data }[]; edges: { data: Data }[] };
const header = seedHeaderSchema.parse(seed);
const nodes = seed.nodes.map((n) => n.data);
const edges = seed.edges.map((e) => e.data);
const elements = [...nodes, ...edges];
const byId = new Map(elements.map((d) => [d.id, d]));
const model = GraphModel.fromFile();
const sourceLines = (file: string) => readFileSync(path.join(sourcesDir, file), "utf8").split(/\r?\n/);

/**
 * Names a source gives as official (FR, NL, EN), with where it says so. OFFICIAL-FACTS §1
 * and §5 for the Belgian bodies; the organisations' and offices' own names otherwise.
 * Every other name of the seed is a description or a translation, flagged not official.
 */
const OFFICIAL_NAMES: Record<string, { fr: boolean; nl: boolean; en: boolean; why: string }> = {
  sgrs: { fr: true, nl: true, en: true, why: "fact 6 (VS; EN: Comité I, CRe)" },
  vsse: { fr: true, nl: true, en: true, why: "fact 6 (VS; EN 'State Security': CRe)" },
  cns: { fr: true, nl: true, en: false, why: "fact 1; EN not found" },
  csrs: { fr: true, nl: true, en: false, why: "fact 2; EN not found" },
  ccrs: { fr: true, nl: true, en: false, why: "fact 3; EN not found" },
  ocam: { fr: true, nl: true, en: true, why: "fact 7 (CC, CU)" },
  customs: { fr: true, nl: true, en: false, why: "fact 9; EN not found" },
  ctif: { fr: true, nl: true, en: true, why: "fact 10 (N13, CT)" },
  dgcc: { fr: true, nl: true, en: true, why: "fact 8 (NC): the NCCN names" },
  psnr: { fr: true, nl: true, en: false, why: "FR: the source's title (line 25); NL: fact 12; EN not found" },
  ccb: { fr: false, nl: false, en: true, why: "fact 21 gives the English name only" },
  fedpol: { fr: true, nl: true, en: true, why: "the police's own names" },
  nato: { fr: true, nl: true, en: true, why: "the organisation's own names" },
  eu: { fr: true, nl: true, en: true, why: "the organisation's own names" },
  un: { fr: true, nl: true, en: true, why: "the organisation's own names" },
  defence: { fr: true, nl: true, en: true, why: "Defence's own names" },
  "prime-minister": { fr: true, nl: true, en: false, why: "office title; decrees have no English text" },
  "minister-justice": { fr: true, nl: true, en: false, why: "office title (fact 14)" },
  "minister-defence": { fr: true, nl: true, en: false, why: "office title (fact 14)" },
  "minister-interior": { fr: true, nl: true, en: false, why: "office title (fact 14)" },
  "minister-foreign-affairs": { fr: true, nl: true, en: false, why: "office title (fact 14)" },
};

describe("the seed's sources", () => {
  it("lists its documents, and every element cites one of them with its URL and dates", () => {
    expect(citationProblems(header, [...seed.nodes, ...seed.edges])).toEqual([]);
    expect(elements.filter((d) => citedDocument(header.documents, d) === undefined).map((d) => d.id)).toEqual([]);
    const cited = new Set(elements.map((d) => citedDocument(header.documents, d)?.key));
    expect(header.documents.map((d) => d.key).filter((key) => !cited.has(key))).toEqual([]);
    expect(new Set(header.documents.map((d) => d.file))).toEqual(new Set(["source-sgrs-cooperation.fr.txt", "official-facts.en.md"]));
  });

  it("points every element at lines of its document that exist, and an official fact's line names the cited source", () => {
    for (const d of elements) {
      const document = citedDocument(header.documents, d)!;
      const lines = sourceLines(document.file);
      const locator = String(d.provenanceLocator);
      expect(locator, d.id).toMatch(/^lines? \d+(-\d+)?(, \d+(-\d+)?)*$/);
      const numbers = locator.replace(/^lines? /, "").split(/[,-]/).map((n) => Number(n.trim()));
      for (const n of numbers) expect(lines[n - 1]?.trim(), `${d.id} ${locator}`).toBeTruthy();
      if (document.file === "official-facts.en.md") expect(lines[numbers[0]! - 1], d.id).toContain(document.key);
    }
  });

  it("refuses an element citing a document the header does not list, naming the element and the field", () => {
    const stray = { data: { ...edges[0], provenanceUrl: "https://example.org/elsewhere" } };
    expect(citationProblems(header, [stray])).toEqual([expect.stringMatching(new RegExp(`^element ${stray.data.id}: provenanceUrl`))]);
    const unlisted = { data: { ...nodes[0], provenanceDocument: "DOMAIN.md" } };
    expect(citationProblems(header, [unlisted])).toEqual([expect.stringMatching(/^element sgrs: provenanceDocument "DOMAIN.md"/)]);
  });

  it("grades every element's source on the Admiralty scale, apart from analytic confidence", () => {
    for (const d of elements) {
      expect(d.sourceReliability, d.id).toBe(citedDocument(header.documents, d)!.reliability);
      expect(["1", "2", "3", "4", "5", "6"], d.id).toContain(d.informationCredibility);
    }
  });
});

describe("the seed's inferences", () => {
  it("gives every undocumented element and every element below high confidence a note", () => {
    for (const d of elements) {
      if (d.documented === false) expect(d.confidence, d.id).toBeDefined();
      if (d.documented === false || d.confidence === "low" || d.confidence === "medium") expect(String(d.note ?? ""), d.id).not.toBe("");
    }
  });

  it("flags what the source only implies: example projects, their links, assumed targets and roles", () => {
    for (const i of [1, 2, 3]) {
      expect(byId.get(`psnr-p0${i}`)?.confidence).toBe("medium");
      expect(byId.get(`psnr--defines--psnr-p0${i}`)?.confidence).toBe("medium");
    }
    expect(byId.get("sgrs--participates-in--psnr-p02")?.confidence).toBe("medium");
    expect(byId.get("vsse--participates-in--psnr-p02")?.confidence).toBe("medium");
    for (const d of edges.filter((e) => e.type === "COUNTERS")) expect(d).toMatchObject({ provenanceLocator: "lines 5, 7", confidence: "medium" });
    for (const d of edges.filter((e) => e.type === "MEETS_INFORMALLY")) expect(d.confidence, d.id).toBe("low");
    expect(byId.get("sgrs--part-of--defence")).toMatchObject({ confidence: "high", provenanceUrl: "https://www.sgrs.be/nl/" });
    expect(byId.get("sgrs--participates-in--csrs")).toMatchObject({ role: "invitee", confidence: "low" });
  });

  it("keeps the plan at 13 projects, the three areas of line 29 being another kind", () => {
    expect(nodes.filter((d) => d.kind === "Project")).toHaveLength(13);
    expect(nodes.filter((d) => d.kind === "ProjectArea").map((d) => d.id).sort())
      .toEqual(["psnr-area-collection", "psnr-area-joint-analysis", "psnr-area-logistics"]);
  });
});

describe("the seed's names and structure", () => {
  it("flags a name official only where a source gives it as such", () => {
    for (const d of nodes) {
      const expected = OFFICIAL_NAMES[d.id] ?? { fr: false, nl: false, en: false };
      expect({ fr: d.nameOfficialFr, nl: d.nameOfficialNl, en: d.nameOfficialEn }, d.id)
        .toEqual({ fr: expected.fr, nl: expected.nl, en: expected.en });
    }
    expect(byId.get("ccrs")).toMatchObject({ nameFr: "Comité de coordination du renseignement et de la sécurité", nameNl: "Coördinatiecomité Inlichtingen en Veiligheid" });
    expect(byId.get("csrs")?.nameNl).toBe("Strategisch Comité Inlichtingen en Veiligheid");
    expect(byId.get("customs")).toMatchObject({ nameFr: "Administration générale des Douanes et Accises", nameNl: "Algemene Administratie van de Douane en Accijnzen" });
    expect(byId.get("dgcc")).toMatchObject({ nameFr: "Centre de crise National", nameNl: "Nationaal Crisiscentrum", nameEn: "National Crisis Center", acronymFr: "NCCN" });
    expect(byId.get("ctif")?.nameEn).toBe("Belgian Financial Intelligence Processing Unit");
    expect(byId.get("psnr")?.acronymNl).toBe("NSIP");
    expect(byId.get("sgrs")?.acronymEn).toBeUndefined();
    expect(nodes.filter((d) => /SNIP/.test(String(d.nameNl))).map((d) => d.id)).toEqual([]);
    for (const id of ["ocam", "fedpol"]) expect(byId.get(id)?.descriptionFr, id).toMatch(/entre le SGRS et/);
  });

  it("gives every seat in a body a role, and none to taking part in a project", () => {
    const seats = edges.filter((e) => e.type === "PARTICIPATES_IN");
    for (const d of seats) {
      const target = byId.get(String(d.target))!;
      if (target.kind === "Body") expect(d.role, d.id).toBeDefined();
      else expect(d.role, d.id).toBeUndefined();
    }
    expect(seats.find((d) => d.source === "prime-minister" && d.target === "cns")?.role).toBe("chair");
    expect(seats.filter((d) => d.source === "ccb" && d.target === "ccrs").map((d) => [d.role, d.validFrom, d.validTo ?? null]))
      .toEqual([["own-files-member", "2015-06-02", "2022-03-25"], ["permanent-member", "2022-03-25", null]]);
  });

  it("has unique ids and only relationships the model allows", () => {
    expect(new Set(elements.map((d) => d.id)).size).toBe(elements.length);
    for (const d of edges) {
      const from = byId.get(String(d.source));
      const to = byId.get(String(d.target));
      expect(from && to && model.allows(String(d.type), String(from.kind), String(to.kind)), d.id).toBe(true);
    }
  });
});
