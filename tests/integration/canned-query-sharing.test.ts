import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnalyticsService } from "../../server/analytics-runtime/analytics-service.ts";
import { createQueryCatalog } from "../../server/canned-queries/catalog.ts";
import { QueryRunner } from "../../server/canned-queries/run-query.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase } from "../support/database.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

/**
 * Managers open the dashboard together after a change: many runs of one canned query
 * arrive before its answer is cached. They must share one computation, not each start
 * their own (on a large graph, that herd of analyses is what timed requests out).
 */
let db: GraphDatabase;
let model: GraphModel;
let analytics: AnalyticsService;
let analyses = 0;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  analytics = new AnalyticsService(db, model, 30_000);
  const analyze = analytics.analyze.bind(analytics);
  analytics.analyze = ((...args: Parameters<typeof analyze>) => {
    analyses += 1;
    return analyze(...args);
  }) as typeof analytics.analyze;
});

afterAll(async () => {
  await analytics.close();
  await db.close();
});

describe("canned queries run by many at once", () => {
  it("compute an uncached answer once and give every caller that answer", async () => {
    const runner = new QueryRunner(db, model, analytics);
    const query = createQueryCatalog(model).get("single-points-of-failure")!;
    expect(query).toBeDefined();
    const answers = await Promise.all(Array.from({ length: 12 }, () => runner.run(query, {}, "en", CLEARED_VIEWER)));
    // One analysis for the answer, one for its comparison with stated links only.
    expect(analyses).toBe(2);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]!.rows.length).toBeGreaterThan(0);
  });

  it("compute again once the graph has changed", async () => {
    const runner = new QueryRunner(db, model, analytics);
    const query = createQueryCatalog(model).get("single-points-of-failure")!;
    await runner.run(query, {}, "en", CLEARED_VIEWER);
    const before = analyses;
    await db.query("seed/bump-graph-version", {}, "WRITE");
    await Promise.all(Array.from({ length: 5 }, () => runner.run(query, {}, "en", CLEARED_VIEWER)));
    expect(analyses).toBe(before + 2);
  });
});
