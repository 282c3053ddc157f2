import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../../contract/model.ts";
import type { Elements } from "../../server/graph/elements.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { emptyGraph, resetToSeed } from "../support/database.ts";
import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";

/**
 * What a manager reads in a canned query's answer: entities by their names in the
 * manager's language, the model's names of kinds, types and values, never the ids and
 * codes the data is stored under (rows keep those beside the text, for programs).
 */
let app: SeededApp;
let seed: Elements;
let queryIds: string[];

/** The queries' own codes that no sentence would use as a word, which must reach people as words. */
const CODES = ["no-provenance", "no-review-recorded", "on-time"];

async function run(id: string, params: Record<string, unknown> = {}, lang: Language = "en") {
  const { status, body } = await app.api.request(`/api/queries/${id}/run?lang=${lang}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params }),
  });
  expect(status, `${id} ${lang}`).toBe(200);
  return body as { rows: Record<string, unknown>[]; columns: { key: string }[]; summary: string };
}

const nodeName = (id: string, lang: Language) =>
  GraphModel.nameIn(seed.nodes.find((node) => node.data.id === id)!.data as Record<string, unknown>, lang);

/** Every text a reader may legitimately see in a language: entity names and the model's names. */
function namesIn(lang: Language): string[] {
  const { definition } = app.model;
  return [
    ...seed.nodes.map((node) => GraphModel.nameIn(node.data as Record<string, unknown>, lang) ?? ""),
    ...definition.kinds.map((kind) => kind.names[lang]),
    ...definition.relationshipTypes.map((type) => type.names[lang]),
  ];
}

/**
 * The ids and codes a text must not show in a language: those that are not also part of a
 * name there (an English threat may be called "terrorism", as its id).
 */
function forbiddenIn(lang: Language): string[] {
  const { definition } = app.model;
  const names = namesIn(lang);
  return [
    ...seed.nodes.map((node) => node.data.id), ...seed.edges.map((edge) => edge.data.id),
    ...definition.kinds.map((kind) => kind.id), ...definition.relationshipTypes.map((type) => type.id), ...CODES,
  ].filter((token) => !names.some((name) => name.includes(token)));
}

/** A finder of the ids and codes appearing in a text as whole words (a hyphen joins a word). */
function idFinder(forbidden: string[]): (text: string) => string[] {
  const escape = (token: string) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${forbidden.map(escape).join("|")})(?![\\p{L}\\p{N}_-])`, "gu");
  return (text) => text.match(pattern) ?? [];
}

/** The sentence saying what was found, without the one saying what data it rests on. */
const findingOf = (summary: string) => summary.split(/\. (?:Rests on|Fondé sur|Gebaseerd op) /)[0]!;

beforeAll(async () => {
  app = await startSeededApp();
  seed = app.seed;
  queryIds = ((await app.api.get("/api/queries")).body.queries as { id: string }[]).map((query) => query.id);
});
afterAll(() => app.close());

describe("canned queries in a manager's words", () => {
  it.each(LANGUAGES)("show, in %s, no id and no model code in any column or finding of any query", async (lang) => {
    const idsIn = idFinder(forbiddenIn(lang));
    for (const id of queryIds) {
      const answer = await run(id, {}, lang);
      for (const row of answer.rows) {
        for (const { key } of answer.columns) {
          const cell = row[key];
          const texts = Array.isArray(cell) ? cell : [cell];
          for (const text of texts.filter((value) => typeof value === "string")) {
            expect(idsIn(text), `${lang} ${id} ${key}: "${text}"`).toEqual([]);
          }
        }
      }
      expect(idsIn(findingOf(answer.summary)), `${lang} ${id}: ${answer.summary}`).toEqual([]);
    }
  }, 120_000);

  it("name the entities of worker-computed findings in the reader's language, keeping their ids for the canvas", async () => {
    for (const lang of LANGUAGES) {
      const links = await run("critical-links", {}, lang);
      expect(links.rows.length).toBeGreaterThan(0);
      for (const row of links.rows) {
        expect(row.sourceName).toBe(nodeName(String(row.source), lang));
        expect(row.targetName).toBe(nodeName(String(row.target), lang));
        expect(row.typeName).toBe(app.model.relationshipType(String(row.type))!.names[lang]);
        expect(row.cutOffNames).toEqual((row.cutOff as string[]).map((id) => nodeName(id, lang)));
      }
      const brokers = await run("brokers", {}, lang);
      for (const row of brokers.rows) expect(row.name).toBe(nodeName(String(row.id), lang));
      const dependents = await run("dependents-of", { entity: "sgrs" }, lang);
      expect(dependents.summary).toContain(nodeName("sgrs", lang));
      for (const row of dependents.rows) {
        const chain = String(row.chainNames).split(" → ");
        expect(chain[0]).toBe(nodeName("sgrs", lang));
        expect(chain.at(-1)).toBe(nodeName(String(row.id), lang));
        expect(chain).toHaveLength(Number(row.distance) + 1);
      }
    }
  });

  it("say 'no review recorded', not 'never reviewed', when the data holds no review date", async () => {
    const expected = { en: "no review recorded", fr: "aucun suivi enregistré", nl: "geen opvolging geregistreerd" };
    for (const lang of LANGUAGES) {
      const answer = await run("unmonitored-projects", { on: "2026-11-28" }, lang);
      const silent = answer.rows.filter((row) => row.lastReviewed === null && (row.monitoredBy as string[]).length > 0);
      expect(silent.length).toBeGreaterThan(0);
      for (const row of silent) expect(row).toMatchObject({ status: "no-review-recorded", statusName: expected[lang] });
      expect(answer.summary.toLowerCase()).not.toMatch(/never|jamais|nooit/);
    }
  });
});

describe("the caveat that the seed is one service's view", () => {
  const caveat = { en: "SGRS's own public page", fr: "page publique du SGRS", nl: "publieke pagina van ADIV" };

  it("follows single points of failure and threat coverage found on the seed, in each language", async () => {
    for (const lang of LANGUAGES) {
      expect((await run("single-points-of-failure", {}, lang)).summary).toContain(caveat[lang]);
      expect((await run("threat-coverage", {}, lang)).summary).toContain(caveat[lang]);
    }
  });

  describe("on a network imported from another source", () => {
    const fixture = JSON.parse(readFileSync(fileURLToPath(new URL("../fixtures/two-services.json", import.meta.url)), "utf8")) as Elements;
    beforeAll(async () => {
      await emptyGraph(app.db);
      const imported = await app.api.request("/api/imports?wait=true&source=staff-sheet", {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ nodes: fixture.nodes, edges: fixture.edges }),
      });
      expect(imported.status).toBe(200);
    });
    afterAll(() => resetToSeed(app.db, app.model));

    it("is left out, while the findings still name entities by their names", async () => {
      const cuts = await run("single-points-of-failure", {}, "nl");
      expect(cuts.rows.length).toBeGreaterThan(0);
      expect(cuts.summary).not.toContain(caveat.nl);
      for (const row of cuts.rows) {
        const node = fixture.nodes.find((candidate) => candidate.data.id === row.id)!;
        expect(row.name).toBe(GraphModel.nameIn(node.data as Record<string, unknown>, "nl"));
      }
      const threats = await run("threat-coverage", { threshold: 100 }, "en");
      expect(threats.summary).toContain("fraude");
      expect(threats.summary).not.toContain(caveat.en);
    });
  });
});
