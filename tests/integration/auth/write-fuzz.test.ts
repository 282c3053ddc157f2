import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteSpec } from "../../../server/http/route.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

/**
 * Every write route of the route table, fed random path parameters, query strings and
 * bodies (JSON of any shape, and text that is not JSON) as an admin, who gets past every
 * role check: never a 500, never a stack trace, never Cypher, always problem+json on a
 * failure.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
});

afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
});

const LEAKS = [/\n\s+at .+\(.*:\d+:\d+\)/, /\bat (async )?[\w.<>]+ \(/, /node_modules/, /\bMATCH\s*\(/i, /Neo4jError|Neo\.ClientError/];

const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("sgrs", "admin", "..", "%00", "__proto__", "a".repeat(300)));
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.record({
    params: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
    classification: fc.string({ maxLength: 20 }), caveats: fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 }),
    name: fc.string({ maxLength: 120 }), url: fc.string({ maxLength: 100 }), shared: fc.jsonValue({ maxDepth: 1 }),
    removeNodes: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
  }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
);
const query = fc.dictionary(fc.constantFrom("lang", "dryRun", "mode", "source", "wait", "name", "x"), fc.string({ maxLength: 20 }), { maxKeys: 3 });

function target(route: RouteSpec, values: string[], params: Record<string, string>): string {
  let i = 0;
  const path = route.path.replace(/:(\w+)/g, () => encodeURIComponent(values[i++ % values.length] ?? "x"));
  const search = new URLSearchParams(params).toString();
  return search ? `${path}?${search}` : path;
}

describe("every write route under random input", () => {
  it("is fuzzed: the route table has write routes", () => {
    expect(api.routes.filter((route) => route.method !== "get").length).toBeGreaterThan(10);
  });

  it("never answers 500, a stack trace or Cypher", async () => {
    // Signing out with the bearer token ends nothing, so the admin stays signed in throughout.
    const routes = api.routes.filter((route) => route.method !== "get");
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 2 }), query, body, fc.boolean(), async (values, params, text, typed) => {
          const { status, type, body: answer } = await api.request(target(route, values, params), {
            method: route.method.toUpperCase(),
            headers: typed ? { "content-type": "application/json" } : { "content-type": "text/plain" },
            body: text,
          });
          const shown = typeof answer === "string" ? answer : JSON.stringify(answer);
          expect(status, `${route.method} ${route.path}: ${shown.slice(0, 300)}`).toBeLessThan(500);
          if (status >= 400) expect(type, route.path).toContain("application/problem+json");
          for (const leak of LEAKS) expect(shown, `${route.path} leaks ${leak}`).not.toMatch(leak);
        }),
        { numRuns: route.path === "/api/imports" ? 25 : 60 },
      );
    }
  }, 600_000);
});
