import type { GraphModel } from "../model/graph-model.ts";
import { toNeo4jDate } from "../neo4j/convert.ts";
import type { Viewer } from "../access/viewer.ts";
import type { GraphDatabase, Row, ViewerDatabase } from "../neo4j/database.ts";
import { AnalyticsWorker } from "./analytics-worker.ts";
import type { ProjectionRows } from "./protocol.ts";
import { FULL_SCOPE, scopeKey, type AnalysisScope } from "../../contract/analysis-scope.ts";
import type { TaskArgs, TaskName, TaskResult } from "./tasks.ts";

/** Sizes kept (per graph version and viewer), oldest dropped first. */
const SIZES_KEPT = 50;

/**
 * Graph algorithms on a projection fetched from Neo4j by Cypher. A projection is keyed by
 * the graph version (a counter every write bumps), the as-of date, the viewer (what the
 * reader may see) and the analysis scope (the links and sources counted), so it is fetched
 * once per version, date, viewer and scope, never served stale, and never serves one
 * reader what only another may see.
 */
export class AnalyticsService {
  private readonly worker: AnalyticsWorker;
  private readonly sizes = new Map<string, Promise<Row | undefined>>();

  constructor(
    private readonly db: GraphDatabase,
    private readonly model: GraphModel,
    timeoutMs: number,
  ) {
    this.worker = new AnalyticsWorker(timeoutMs);
  }

  /**
   * How much of the graph a viewer sees within an analysis scope (`analytics/graph-size`:
   * entities, relationships and their markings), scanned once per graph version, viewer
   * and scope: answers rest their
   * summary and banner on it, and the scan reads the whole graph.
   */
  visibleGraphSize(viewer: Viewer, graphVersion: number, scope: AnalysisScope = FULL_SCOPE): Promise<Row | undefined> {
    const key = `${graphVersion}|${viewer.key}|${scopeKey(scope)}`;
    let size = this.sizes.get(key);
    if (!size) {
      size = this.db.forViewer(viewer, scope).query("analytics/graph-size").then(([row]) => row);
      // A failed scan is not kept: the next answer tries again.
      size.catch(() => this.sizes.delete(key));
      this.sizes.set(key, size);
      for (const stale of this.sizes.keys()) {
        if (this.sizes.size <= SIZES_KEPT) break;
        this.sizes.delete(stale);
      }
    }
    return size;
  }

  async graphVersion(): Promise<number> {
    const [row] = await this.db.query("explore/graph-version");
    return Number(row?.version ?? 0);
  }

  analyze<T extends TaskName>(
    task: T, args: TaskArgs<T>, on: { graphVersion: number; asOf?: string; viewer: Viewer; scope?: AnalysisScope },
  ): Promise<TaskResult<T>> {
    const scope = on.scope ?? FULL_SCOPE;
    const key = `${on.graphVersion}|${on.asOf ?? "*"}|${on.viewer.key}|${scopeKey(scope)}`;
    const reader = this.db.forViewer(on.viewer, scope);
    return this.worker.run(key, () => fetchProjectionRows(reader, this.model, on.asOf), task, args);
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

/** The projection's rows as one viewer sees them, fetched by Cypher in one read transaction; kinds come from the model. */
export function fetchProjectionRows(db: ViewerDatabase, model: GraphModel, asOf?: string): Promise<ProjectionRows> {
  const date = toNeo4jDate(asOf);
  return db.read(async (tx) => {
    const nodes = await tx.run("analytics/projection-nodes", { asOf: date });
    const edges = await tx.run("analytics/projection-edges", { asOf: date });
    return {
      nodes: nodes.map((row) => ({
        id: String(row.id),
        kind: model.kindOfLabels(row.labels as string[]) ?? "Unknown",
        name: row.name === null ? undefined : String(row.name),
      })),
      edges: edges.map((row) => ({
        id: String(row.id), type: String(row.type), source: String(row.source), target: String(row.target),
      })),
    };
  });
}
