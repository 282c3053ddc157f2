import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";

/** What every route may use: the database and the model. */
export interface RouteContext {
  db: GraphDatabase;
  model: GraphModel;
}
