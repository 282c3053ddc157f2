import { availableParallelism, loadavg } from "node:os";
import { buildProjection, type Projection } from "../../server/analytics/projection.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { analyticsScenarios } from "./analytics-scenarios.ts";
import { fetchProjectionRows } from "../../server/analytics-runtime/analytics-service.ts";
import { rawProjectionRows, type RawDriver } from "./raw-driver.ts";
import { repeatedRow, type BenchRow } from "./report.ts";
import { timeRepeated } from "./repeated-runs.ts";
import { median } from "./stats.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

/**
 * The analytics rows of one graph size, on the graph just loaded: fetching the projection
 * as the API does against the raw driver, then each analysis on that projection against a
 * reference implementation. Single-threaded wall-clock times, in this process: the
 * production worker thread is left out, but load from other processes is not.
 */
export interface AnalyticsBenchContext {
  db: GraphDatabase;
  model: GraphModel;
  raw: RawDriver;
  /** Called with each row as soon as it is measured, so a failing run keeps the earlier ones. */
  onRow: (row: BenchRow) => void;
  say: (line: string) => void;
}

/** Timed runs per side: fewer on the largest graphs, where one run takes seconds. */
function repetitionsFor(size: number): number {
  return size >= 100_000 ? 3 : 5;
}

export async function benchAnalytics(size: number, context: AnalyticsBenchContext): Promise<void> {
  const { say } = context;
  const repetitions = repetitionsFor(size);
  say(`[${size}] analytics: ${repetitions} runs per side (fewer past 10 s a run), ${describeLoad()}; ` +
    "wall-clock times, so load from other processes shows in them");
  const graph = await benchProjectionFetch(size, repetitions, context);
  for (const scenario of analyticsScenarios({ size, repetitions, say })) {
    say(`[${size}] ${scenario.name}: measuring; reference: ${scenario.reference}`);
    const timing = await scenario.measure(graph);
    context.onRow(repeatedRow(scenario.name, size, timing.oursMs, timing.referenceMs));
    say(`[${size}] ${scenario.name}: ours ${describeRuns(timing.oursMs)}` +
      (timing.referenceMs === null ? "" : `; reference ${describeRuns(timing.referenceMs)}`));
  }
  say(`[${size}] analytics done, ${describeLoad()}`);
}

/**
 * Both sides fetch once untimed first, so neither pays for a cold page cache or query plan.
 * Returns the last projection built, which the analyses then run on.
 */
async function benchProjectionFetch(size: number, repetitions: number, context: AnalyticsBenchContext): Promise<Projection> {
  const { db, model, raw, say } = context;
  say(`[${size}] projection fetch: measuring; reference: the raw driver running the same two statements`);
  const buildMs: number[] = [];
  const ours = await timeRepeated(async () => {
    const rows = await fetchProjectionRows(db.forViewer(CLEARED_VIEWER), model);
    const begun = performance.now();
    const graph = buildProjection(rows);
    buildMs.push(performance.now() - begun);
    return graph;
  }, { repetitions, warmUpBelowMs: Infinity });
  const reference = await timeRepeated(() => rawProjectionRows(raw), { repetitions, warmUpBelowMs: Infinity });
  const graph = ours.last;
  if (graph.order !== reference.last.nodes.length || graph.size !== reference.last.edges.length) {
    say(`warning: [${size}] projection fetch: ${graph.order} entities and ${graph.size} relationships in ours, ` +
      `${reference.last.nodes.length} and ${reference.last.edges.length} through the raw driver`);
  }
  context.onRow(repeatedRow("projection fetch", size, ours.samplesMs, reference.samplesMs));
  say(`[${size}] projection fetch: ${graph.order} entities, ${graph.size} relationships; ours ${describeRuns(ours.samplesMs)} ` +
    `(building the graphology graph: median ${Math.round(median(buildMs)).toLocaleString("en-US")} ms); raw driver ${describeRuns(reference.samplesMs)}`);
  return graph;
}

function describeRuns(samplesMs: number[]): string {
  const runs = samplesMs.length === 1 ? "1 run" : `${samplesMs.length} runs`;
  return `${runs}, median ${Math.round(median(samplesMs)).toLocaleString("en-US")} ms`;
}

function describeLoad(): string {
  return `load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} on ${availableParallelism()} cores`;
}
