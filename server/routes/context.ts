import type { AnalyticsService } from "../analytics-runtime/analytics-service.ts";
import type { AccessControl } from "../auth/access-control.ts";
import type { CannedQuery } from "../canned-queries/canned-query.ts";
import type { QueryRunner } from "../canned-queries/run-query.ts";
import type { ImportJobs } from "../import/import-jobs.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import type { OidcSignOn } from "./oidc/routes.ts";

/**
 * What every route may use: the database, the model, the analytics, the query catalog,
 * the import jobs, the accounts, sessions and tokens, and single sign-on.
 */
export interface RouteContext {
  db: GraphDatabase;
  model: GraphModel;
  analytics: AnalyticsService;
  queries: ReadonlyMap<string, CannedQuery>;
  runner: QueryRunner;
  imports: ImportJobs;
  access: AccessControl;
  /** Single sign-on, or null when OIDC_ISSUER is unset. */
  oidc: OidcSignOn | null;
}
