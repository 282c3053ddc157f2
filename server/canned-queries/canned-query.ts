import type { z } from "zod";
import type { TaskArgs, TaskName, TaskResult } from "../analytics-runtime/tasks.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import type { Category } from "../../contract/queries.ts";
import type { AnalysisScope, AssumptionReport } from "../../contract/analysis-scope.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";

/** A text in each of the dashboard's three languages. */
export type Names = { fr: string; nl: string; en: string };

export interface Column {
  /** The row field shown: text for people (names, the model's names of types and values), never an id or a code. */
  key: string;
  names: Names;
}

export interface Highlight {
  nodes: string[];
  edges: string[];
}

/** What a run found, before the runner adds the sentence about the data it rests on. */
export interface Findings {
  rows: Record<string, unknown>[];
  highlight: Highlight;
  /** One sentence saying what was found, per language. */
  finding: Names;
  /** Relationship types the answer considered; all of the model's when absent. */
  typesConsidered?: string[];
  /** Query-specific figures added at the top level of the answer (such as path counts). */
  extra?: Record<string, unknown>;
}

export interface QueryRunContext {
  /** Reads as the viewer the query runs for: every statement sees only what the viewer may. */
  db: ViewerDatabase;
  model: GraphModel;
  language: Language;
  graphVersion: number;
  asOf: string | undefined;
  /** `asOf` as a Neo4j date parameter (null when absent). */
  asOfDate: unknown;
  /** The links and sources the analysis counts; `db` and `analyze` apply it already. */
  scope: AnalysisScope;
  /**
   * Runs another query of the catalog for the same viewer and language (cached like any
   * run): for queries about the other queries' answers.
   */
  runQuery(id: string, params: Record<string, unknown>): Promise<OtherAnswer>;
  /** Runs a graph algorithm in the analytics worker, on the projection for this graph version, date and viewer. */
  analyze<T extends TaskName>(task: T, args: TaskArgs<T>): Promise<TaskResult<T>>;
}

/** What a query reads of another query's answer. */
export interface OtherAnswer {
  title: string;
  rows: Record<string, unknown>[];
  highlight: Highlight;
  assumptions: AssumptionReport;
}

/**
 * A canned query, declared once: what it is called and what it does in three languages,
 * its category, its parameters (a zod object with defaults, served as JSON Schema so the
 * dashboard can build the form), its columns, and how it runs.
 */
export interface CannedQuery<P extends z.ZodObject = z.ZodObject> {
  id: string;
  category: Category;
  titles: Names;
  descriptions: Names;
  params: P;
  /** Parameters naming entities: the runner answers 404 naming the parameter when one does not exist. */
  entityParams?: string[];
  columns: Column[];
  run(context: QueryRunContext, params: z.output<P>): Promise<Findings>;
}

export function defineQuery<P extends z.ZodObject>(query: CannedQuery<P>): CannedQuery {
  return query as unknown as CannedQuery;
}

export const names = (en: string, fr: string, nl: string): Names => ({ fr, nl, en });
