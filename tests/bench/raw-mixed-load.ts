import { randomUUID } from "node:crypto";
import { viewerFor, viewerParameters } from "../../server/access/viewer.ts";
import { mulberry32 } from "./prng.ts";
import { rawAutoRead, rawNeighbourhood, rawSearch, type RawDriver } from "./raw-driver.ts";
import type { MixedCall } from "./mixed-load.ts";

/**
 * The mixed load's baseline: the same clients drawing the same calls from the same seeds,
 * each call done as the API does its data work — the same statements in the same
 * transaction shapes — straight through neo4j-driver: no HTTP, no session lookup, no
 * audit of marked reads, no JSON. A canned query's answer is cached after the warm-up, so
 * its work is the graph-version read that finds it; a write saves a view and its audit
 * event in one transaction.
 */
export interface RawMixedLoadOptions {
  raw: RawDriver;
  ids: readonly string[];
  restrictedIds: readonly string[];
  clients: number;
  seconds: number;
  nextCall: (random: ReturnType<typeof mulberry32>, ids: readonly string[], view: string) => MixedCall;
}

const NEIGHBOURHOOD_LIMIT = 200;
const SEARCH_LIMIT = 10;

export async function rawMixedLoad(options: RawMixedLoadOptions): Promise<{ latenciesMs: number[]; failures: number; seconds: number }> {
  const latenciesMs: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(Array.from({ length: options.clients }, async (_, index) => {
    // The same halves as the API's clients: even ones cleared SECRET, odd ones RESTRICTED.
    const secret = index % 2 === 0;
    const viewer = viewerParameters(viewerFor({ level: secret ? "SECRET" : "RESTRICTED", caveats: [] }));
    const ids = secret ? options.ids : options.restrictedIds;
    const random = mulberry32(1000 + index);
    for (let n = 0; performance.now() < deadline; n += 1) {
      const call = options.nextCall(random, ids, `raw ${index}-${n}`);
      const begun = performance.now();
      try {
        await perform(options.raw, call, viewer, `raw-${index}`);
        if (performance.now() <= deadline) latenciesMs.push(performance.now() - begun);
      } catch {
        failures += 1;
      }
    }
  }));
  return { latenciesMs, failures, seconds: (deadline - started) / 1000 };
}

async function perform(raw: RawDriver, call: MixedCall, viewer: Record<string, unknown>, owner: string): Promise<void> {
  switch (call.kind) {
    case "neighbourhood":
      return rawNeighbourhood(raw, { id: call.input, depth: 1, limit: NEIGHBOURHOOD_LIMIT }, viewer);
    case "search":
      return rawSearch(raw, { q: call.input, limit: SEARCH_LIMIT }, viewer);
    case "node":
      // As fetchNodeDetails: two single reads at once.
      await Promise.all([rawAutoRead(raw, "explore/node", { id: call.input, ...viewer }), rawAutoRead(raw, "explore/node-degree", { id: call.input, ...viewer })]);
      return;
    case "canned query":
      await rawAutoRead(raw, "explore/graph-version", {});
      return;
    case "write": {
      const session = raw.driver.session({ database: raw.database });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run(raw.text("views/create-view"), { id: randomUUID(), name: call.input, url: "?kinds=Service", shared: false, owner });
          await tx.run(raw.text("audit/record-events"), {
            events: [{ id: randomUUID(), actor: owner, action: "view.create", target: call.input, outcome: "success", details: "{}" }],
          });
        }, { timeout: raw.timeoutMs });
      } finally {
        await session.close();
      }
    }
  }
}
