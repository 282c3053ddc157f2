import type { z } from "zod";
import { accessTokensSchema, currentSessionSchema, deletedSchema, newAccessTokenSchema, revokedSchema, signedInSchema, signedOutSchema,
  signInOptionsSchema, signInUnlockSchema, userSchema, usersSchema } from "../../../contract/access.ts";
import { auditPageSchema } from "../../../contract/audit.ts";
import { dataQualityReportSchema } from "../../../contract/data-quality.ts";
import { graphViewSchema, neighbourhoodSchema, nodeDetailsSchema, searchResultsSchema, shortestPathsSchema } from "../../../contract/explore.ts";
import { importHistorySchema, importJobSchema, importReportSchema } from "../../../contract/imports.ts";
import { importInspectionSchema, savedMappingsSchema } from "../../../contract/import-inspection.ts";
import { savedMappingSchema } from "../../../contract/import-mapping.ts";
import { graphModelSchema } from "../../../contract/model.ts";
import { queryAnswerSchema, queryCatalogSchema } from "../../../contract/queries.ts";
import { sourceListSchema } from "../../../contract/sources.ts";
import { savedViewSchema, savedViewsSchema } from "../../../contract/views.ts";
import { whatIfSchema } from "../../../contract/what-if.ts";
import { fetchJson } from "./fetchJson";

export interface Endpoint<S extends z.ZodType = z.ZodType> {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The server's route path, with `:name` for each path parameter. */
  path: string;
  /** The answer's schema, from contract/: the one the server's route declares. */
  response: S;
}

const endpoint = <S extends z.ZodType>(method: Endpoint["method"], path: string, response: S): Endpoint<S> => ({ method, path, response });

/**
 * Every endpoint of the API the dashboard calls, once: the feature API modules
 * (explore/exploreApi.ts, admin/adminApi.ts, …) call through this table only, and
 * tests/unit/wire-contract.test.ts checks each against the server's routes.
 */
export const endpoints = {
  model: endpoint("GET", "/api/model", graphModelSchema),
  graph: endpoint("GET", "/api/graph", graphViewSchema),
  node: endpoint("GET", "/api/nodes/:id", nodeDetailsSchema),
  neighbourhood: endpoint("GET", "/api/nodes/:id/neighbourhood", neighbourhoodSchema),
  paths: endpoint("GET", "/api/paths", shortestPathsSchema),
  search: endpoint("GET", "/api/search", searchResultsSchema),
  queryCatalog: endpoint("GET", "/api/queries", queryCatalogSchema),
  runQuery: endpoint("POST", "/api/queries/:id/run", queryAnswerSchema),
  whatIf: endpoint("POST", "/api/what-if", whatIfSchema),
  savedViews: endpoint("GET", "/api/views", savedViewsSchema),
  saveView: endpoint("POST", "/api/views", savedViewSchema),
  deleteView: endpoint("DELETE", "/api/views/:id", deletedSchema),
  // Without `wait`, the server answers with the job (its route also declares the report `wait` gets).
  startImport: endpoint("POST", "/api/imports", importJobSchema),
  importJob: endpoint("GET", "/api/imports/:id", importJobSchema),
  importHistory: endpoint("GET", "/api/imports", importHistorySchema),
  inspectImport: endpoint("POST", "/api/imports/inspect", importInspectionSchema),
  savedMappings: endpoint("GET", "/api/mappings", savedMappingsSchema),
  saveMapping: endpoint("PUT", "/api/mappings/:name", savedMappingSchema),
  deleteMapping: endpoint("DELETE", "/api/mappings/:name", deletedSchema),
  dataQuality: endpoint("GET", "/api/data-quality", dataQualityReportSchema),
  sources: endpoint("GET", "/api/sources", sourceListSchema),
  deleteSource: endpoint("DELETE", "/api/sources/:name", importReportSchema),
  session: endpoint("GET", "/api/session", currentSessionSchema),
  signIn: endpoint("POST", "/api/session", signedInSchema),
  signOut: endpoint("DELETE", "/api/session", signedOutSchema),
  changePassword: endpoint("PUT", "/api/session/password", signedInSchema),
  signInOptions: endpoint("GET", "/api/session/options", signInOptionsSchema),
  users: endpoint("GET", "/api/users", usersSchema),
  createUser: endpoint("POST", "/api/users", userSchema),
  updateUser: endpoint("PUT", "/api/users/:username", userSchema),
  deleteUser: endpoint("DELETE", "/api/users/:username", deletedSchema),
  unlockUser: endpoint("DELETE", "/api/users/:username/lock", signInUnlockSchema),
  tokens: endpoint("GET", "/api/tokens", accessTokensSchema),
  createToken: endpoint("POST", "/api/tokens", newAccessTokenSchema),
  revokeToken: endpoint("DELETE", "/api/tokens/:id", revokedSchema),
  auditEvents: endpoint("GET", "/api/audit", auditPageSchema),
} as const;

export interface EndpointRequest {
  /** A value for each `:name` of the path; encoded here. */
  params?: Record<string, string>;
  /** The query string, in this order. */
  query?: URLSearchParams | Record<string, string>;
}

/** The endpoint's URL for these path parameters and query. */
export function endpointUrl(target: Endpoint, { params = {}, query }: EndpointRequest = {}): string {
  const path = target.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${target.path} needs :${name}`);
    return encodeURIComponent(value);
  });
  const search = query === undefined ? "" : new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

export interface CallOptions extends EndpointRequest {
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the endpoint and returns its answer, checked against the contract's schema (see fetchJson). */
export function callEndpoint<S extends z.ZodType>(target: Endpoint<S>, { body, signal, ...request }: CallOptions = {}): Promise<z.output<S>> {
  return fetchJson(endpointUrl(target, request), { schema: target.response as z.ZodType<z.output<S>>, method: target.method, body, signal });
}
