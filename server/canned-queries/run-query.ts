import { z } from "zod";
import { AnalyticsTaskError } from "../analytics-runtime/analytics-worker.ts";
import type { AnalyticsService } from "../analytics-runtime/analytics-service.ts";
import { invalidRequest, notFound } from "../errors.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import { toNeo4jDate } from "../neo4j/convert.ts";
import type { Viewer } from "../access/viewer.ts";
import { markingOfRows } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import type { GraphDatabase, ViewerDatabase } from "../neo4j/database.ts";
import type { CannedQuery, Column, Findings, Highlight, QueryRunContext } from "./canned-query.ts";
import { describeBasis } from "./summary.ts";
import { compareFindings, describeAssumptions, describeSources } from "./scope-report.ts";
import { findingKey, inScope, minConfidenceParam, scopeKey, sourcesParam, type AnalysisScope, type AssumptionReport } from "../../contract/analysis-scope.ts";

export interface QueryAnswer {
  query: string;
  columns: { key: string; title: string }[];
  rows: Record<string, unknown>[];
  highlight: Highlight;
  summary: string;
  graphVersion: number;
  asOf: string | null;
  marking: ResponseMarking;
  scope: AnalysisScope;
  assumptions: AssumptionReport;
  [extra: string]: unknown;
}

export const asOfQueryParam = z.iso.date().optional().describe("Run on the graph as it was on this day (YYYY-MM-DD).");

const CACHE_SIZE = 200;

/**
 * Runs canned queries for a viewer: validates the parameters, checks that named entities
 * exist (a hidden one answers as a missing one), runs the query on what the viewer may
 * see, and words the summary with the viewer's counts. Answers are cached per graph
 * version and viewer, so a write makes every cached answer unreachable and one reader's
 * answer never reaches another. Concurrent runs of one uncached answer share its
 * computation.
 */
export class QueryRunner {
  private readonly cache = new Map<string, QueryAnswer>();
  private readonly running = new Map<string, Promise<QueryAnswer>>();

  constructor(
    private readonly db: GraphDatabase,
    private readonly model: GraphModel,
    private readonly analytics: AnalyticsService,
    /** The catalog, for queries that read other queries' answers. */
    private readonly catalog: ReadonlyMap<string, CannedQuery> = new Map(),
  ) {}

  parameterSchema(query: CannedQuery) {
    return query.params.extend({ asOf: asOfQueryParam, minConfidence: minConfidenceParam, sources: sourcesParam });
  }

  async run(query: CannedQuery, rawParams: unknown, language: Language, viewer: Viewer): Promise<QueryAnswer> {
    const parsed = this.parameterSchema(query).safeParse(rawParams ?? {});
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: ["params", ...issue.path].join("."), message: issue.message }));
      throw invalidRequest(`Invalid ${errors.map((e) => e.path).join(", ")}: ${errors[0]!.message}.`, errors);
    }
    const { asOf, minConfidence, sources, ...params } = parsed.data as Record<string, unknown> & { asOf?: string } & AnalysisScope;
    const scope: AnalysisScope = sources ? { minConfidence, sources } : { minConfidence };
    const graphVersion = await this.analytics.graphVersion();
    const key = JSON.stringify([query.id, graphVersion, viewer.key, language, asOf ?? null, scopeKey(scope), params]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Many readers asking at once for an answer not yet computed share one computation.
    let running = this.running.get(key);
    if (!running) {
      running = this.compute(query, { key, params, asOf, scope, graphVersion, language, viewer })
        .finally(() => this.running.delete(key));
      this.running.set(key, running);
    }
    return running;
  }

  private async compute(query: CannedQuery, run: {
    key: string; params: Record<string, unknown>; asOf: string | undefined; scope: AnalysisScope;
    graphVersion: number; language: Language; viewer: Viewer;
  }): Promise<QueryAnswer> {
    const { key, params, asOf, scope, graphVersion, language, viewer } = run;
    const reader = this.db.forViewer(viewer, scope);
    await this.requireEntities(reader, query, params);
    const context: QueryRunContext = {
      db: reader,
      model: this.model,
      language,
      graphVersion,
      asOf,
      asOfDate: toNeo4jDate(asOf),
      scope,
      runQuery: async (id, otherParams) => {
        const other = this.catalog.get(id);
        if (!other) throw new Error(`No canned query has id "${id}".`);
        const answer = await this.run(other, otherParams, language, viewer);
        return { title: other.titles[language], rows: answer.rows, highlight: answer.highlight, assumptions: answer.assumptions };
      },
      analyze: (task, args) => this.analytics.analyze(task, args, { graphVersion, asOf, viewer, scope }),
    };
    let findings: Findings;
    try {
      findings = await query.run(context, params as never);
    } catch (error) {
      if (error instanceof AnalyticsTaskError && error.taskErrorName === "AnalyticsUsageError") {
        throw invalidRequest(error.message, [{ path: "params", message: error.message }]);
      }
      throw error;
    }
    const size = await this.analytics.visibleGraphSize(viewer, graphVersion, scope);
    if (scope.sources && Number(size?.entities ?? 0) === 0) {
      const message = `No entity you may see was loaded from the source(s) ${scope.sources.join(", ")}.`;
      throw notFound(message);
    }
    // The same analysis counting only what a source states: what differs rests on assumptions.
    const strictKeys = scope.minConfidence === "high"
      ? findings.rows.map(findingKey)
      : (await this.run(query, { ...params, asOf, sources: scope.sources, minConfidence: "high" }, language, viewer)).rows.map(findingKey);
    const assumptions = compareFindings(scope.minConfidence, findings.rows.map(findingKey), strictKeys);
    const answer: QueryAnswer = {
      query: query.id,
      columns: query.columns.map((column: Column) => ({ key: column.key, title: column.names[language] })),
      rows: findings.rows,
      highlight: findings.highlight,
      summary: `${findings.finding[language]}. ${describeBasis(language, {
        types: findings.typesConsidered,
        model: this.model,
        entities: Number(size?.entities ?? 0),
        relationships: Number(size?.relationships ?? 0),
        graphVersion,
        asOf,
      })}${describeSources(language, scope.sources)} ${describeAssumptions(language, assumptions)}`,
      graphVersion,
      asOf: asOf ?? null,
      scope,
      assumptions,
      ...findings.extra,
      // The viewer's whole visible graph: never less than the part the answer rests on.
      marking: markingOfRows([size?.markings]),
    };
    this.remember(key, answer);
    return answer;
  }

  private async requireEntities(reader: ViewerDatabase, query: CannedQuery, params: Record<string, unknown>): Promise<void> {
    for (const name of query.entityParams ?? []) {
      const id = params[name];
      if (typeof id !== "string") continue;
      const [found] = await reader.query("explore/node", { id });
      if (!found) throw notFound(`No entity has id "${id}" (parameter ${name}).`);
      if (!inScope(reader.scope, found.props as Record<string, unknown>)) {
        throw notFound(`The entity "${id}" (parameter ${name}) is not among what this analysis counts (${describeScopeBrief(reader.scope)}).`);
      }
    }
  }

  private remember(key: string, answer: QueryAnswer): void {
    this.cache.set(key, answer);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}

function describeScopeBrief(scope: AnalysisScope): string {
  return `confidence ${scope.minConfidence} or above${scope.sources ? `, sources ${scope.sources.join(", ")}` : ""}`;
}
