import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../support/database.ts";
import { createTestUser, type TestClient, startTestServer, type TestServer } from "../support/server.ts";

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let analyst: TestClient;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
  analyst = api.as((await createTestUser(db, { role: "analyst", clearance: "RESTRICTED" })).token);
});
afterAll(async () => {
  await api.close();
  await restoreSeedAndClose(db, model);
});

/** Words of the seed's names, alone and together, so hidden names share them with visible ones. */
const WORDS = ["Service", "Renseignement", "Sûreté", "État", "Comité", "Suivi", "Défense", "Centre", "Crisis", "OCAM", "NATO", "de", "général", "sécurité"];
const QUERIES = ["service", "renseignement", "service renseignement", "surete de l'etat", "comite suivi", "defense", "centre de crise", "ocam", "se", "securite generale"];

const hiddenEntity = fc.record({
  name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(" ")),
  acronym: fc.option(fc.constantFrom("OCAM", "SGRS", "VSSE", "NATO", "SE"), { nil: undefined }),
  marking: fc.constantFrom<Record<string, string>>(
    { classification: "SECRET" }, { classification: "CONFIDENTIAL" }, { classification: "UNCLASSIFIED", caveats: "NOFORN" },
  ),
});

async function rankedIds(client: TestClient, q: string): Promise<string[]> {
  const { status, body } = await client.get(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
  expect(status).toBe(200);
  return body.results.map((result: { data: { id: string } }) => result.data.id);
}

/**
 * Hidden entities stored straight into Neo4j, as any import by a cleared user leaves them;
 * the full-text index takes them in at once (it is not eventually consistent).
 */
async function addHidden(entities: { name: string; acronym?: string; marking: Record<string, string> }[]): Promise<string[]> {
  const rows = entities.map((entity, i) => ({
    id: `hidden-${i}`, nameFr: entity.name, nameEn: `${entity.name} (en)`, ...(entity.acronym ? { acronymFr: entity.acronym } : {}), ...entity.marking,
  }));
  await db.autoCommit("UNWIND $rows AS row CREATE (n:Entity:Service) SET n = row", { rows });
  return rows.map((row) => row.id);
}

async function removeHidden(): Promise<void> {
  await db.autoCommit("MATCH (n:Entity) WHERE n.id STARTS WITH 'hidden-' DETACH DELETE n");
}

describe("search ranks only what the viewer may see", () => {
  it("gives a low-cleared viewer the same ranked list with or without hidden entities matching the query", async () => {
    const visible = new Map<string, string[]>();
    for (const q of QUERIES) visible.set(q, await rankedIds(analyst, q));
    expect([...visible.values()].every((ids) => ids.length > 0)).toBe(true);

    let hiddenSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hiddenEntity, { minLength: 1, maxLength: 40 }), async (entities) => {
        const ids = await addHidden(entities);
        try {
          for (const q of QUERIES) {
            expect(await rankedIds(analyst, q), q).toEqual(visible.get(q));
            // The hidden ones do match: the test admin, cleared for them, finds them.
            hiddenSeen += (await rankedIds(api, q)).filter((id) => ids.includes(id)).length;
          }
        } finally {
          await removeHidden();
        }
      }),
      { numRuns: 8 },
    );
    expect(hiddenSeen).toBeGreaterThan(0);
  });

  it("ranks an exact name or acronym first, then names starting with the words, whoever else matches", async () => {
    expect((await rankedIds(analyst, "OCAM"))[0]).toBe("ocam");
    expect((await rankedIds(analyst, "Sûreté de l'État"))[0]).toBe("vsse");
    await addHidden([{ name: "Sûreté de l'État", acronym: "OCAM", marking: { classification: "SECRET" } }]);
    try {
      expect((await rankedIds(analyst, "OCAM"))[0]).toBe("ocam");
      expect((await rankedIds(analyst, "Sûreté de l'État"))[0]).toBe("vsse");
    } finally {
      await removeHidden();
    }
  });
});
