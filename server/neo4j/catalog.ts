import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Every Cypher statement the server runs, by name. A name is the file's path under
 * cypher/ without `.cypher`; the text is read once at start-up. The list is closed: a
 * name missing its file, or a file missing from the list, stops the server (and a test).
 */
export const QUERY_NAMES = [
  "schema/entity-id-unique",
  "schema/entity-names-fulltext",
  "schema/relationship-id-unique",
  "schema/graph-meta-key-unique",
  "schema/await-indexes",
  "explore/graph-nodes",
  "explore/graph-edges",
  "explore/node",
  "explore/node-degree",
  "explore/neighbourhood-step",
  "explore/search",
  "explore/shortest-paths",
  "explore/entity-count",
  "explore/graph-version",
  "explore/nodes-by-ids",
  "explore/entities-by-ids",
  "seed/bump-graph-version",
  "schema/import-run-id-unique",
  "schema/entity-source-index",
  "import/edges-by-ids",
  "import/create-nodes",
  "import/update-nodes",
  "import/create-edges",
  "import/update-edges",
  "import/delete-edges",
  "import/delete-nodes",
  "import/source-node-ids",
  "import/source-edge-ids",
  "import/foreign-edges-of-nodes",
  "import/hidden-id-touches",
  "import/record-run",
  "import/list-runs",
  "import/run-elements",
  "import/source-counts",
  "import/stage-open",
  "import/stage-hold",
  "import/stage-list",
  "import/stage-publish",
  "import/stage-create-nodes",
  "import/stage-create-edges",
  "import/stage-discard-nodes",
  "import/stage-discard-edges",
  "import/stage-settle-nodes",
  "import/stage-settle-edges",
  "import/stage-close",
  "export/nodes-page",
  "export/edges-page",
  "quality/orphans",
  "quality/missing-names",
  "quality/edges-without-provenance",
  "admin/delete-all",
  "analytics/projection-nodes",
  "analytics/projection-edges",
  "analytics/graph-size",
  "analytics/dissemination-without-liaison",
  "analytics/single-thread-partners",
  "analytics/one-sided-projects",
  "analytics/project-monitoring",
  "analytics/threat-coverage",
  "analytics/body-coverage",
  "analytics/undocumented-nodes",
  "analytics/undocumented-edges",
  "analytics/reciprocity",
  "analytics/partners-outside-bodies",
  "analytics/liaison-without-flow",
  "analytics/single-source-entities",
  "analytics/single-source-relationships",
  // access control and audit
  "auth/user-username-unique",
  "auth/session-token-hash-unique",
  "auth/access-token-hash-unique",
  "audit/audit-event-id-unique",
  "audit/audit-event-at-index",
  "auth/count-users",
  "auth/create-user",
  "auth/get-user",
  "auth/get-user-credentials",
  "auth/list-users",
  "auth/count-other-admins",
  "auth/update-user",
  "auth/create-session",
  "auth/resolve-session",
  "auth/touch-session",
  "auth/delete-session",
  "auth/delete-sessions-of-user",
  "auth/delete-expired-sessions",
  "auth/create-access-token",
  "auth/list-access-tokens",
  "auth/resolve-access-token",
  "auth/touch-access-token",
  "auth/revoke-access-token",
  "auth/delete-user",
  "auth/revoke-access-tokens-of-user",
  // sign-in throttle and rate limits, shared by every API process
  "auth/sign-in-failures-key-unique",
  "auth/sign-in-failures-username-index",
  "auth/sign-in-lock",
  "auth/record-sign-in-failure",
  "auth/clear-sign-in-failures",
  "auth/unlock-account",
  "auth/delete-stale-sign-in-failures",
  "auth/rate-limit-window-key-unique",
  "auth/rate-limit-window-reset-index",
  "auth/count-rate-limit-hit",
  "auth/rate-limit-window",
  "auth/uncount-rate-limit-hit",
  "auth/reset-rate-limit-window",
  "auth/delete-past-rate-limit-windows",
  "audit/record-events",
  "audit/list-events",
  "audit/export-page",
  "audit/audit-chain-key-unique",
  "audit/audit-event-seq-unique",
  "audit/create-chain-head",
  "audit/reserve-chain",
  "audit/advance-chain",
  "audit/chain-head",
  "audit/chain-page",
  "audit/unchained-events",
  // markings and saved views
  "markings/set-node-marking",
  "markings/set-edge-marking",
  "views/saved-view-id-unique",
  "views/create-view",
  "views/list-views",
  "views/get-view",
  "views/delete-view",
  "views/view-markings",
  // saved import mappings
  "import/mapping-name-unique",
  "import/mapping-save",
  "import/mapping-list",
  "import/mapping-delete",
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export const cypherDir = fileURLToPath(new URL("../../cypher/", import.meta.url));

export class CatalogError extends Error {
  override readonly name = "CatalogError";
}

export function listCypherFiles(dir = cypherDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => file.split(path.sep).join("/").replace(/\.cypher$/, ""))
    .sort();
}

export function loadCatalog(dir = cypherDir): ReadonlyMap<QueryName, string> {
  const files = new Set(listCypherFiles(dir));
  const known = new Set<string>(QUERY_NAMES);
  const missing = QUERY_NAMES.filter((name) => !files.has(name));
  const unused = [...files].filter((name) => !known.has(name));
  if (missing.length > 0 || unused.length > 0) {
    throw new CatalogError(
      [
        missing.length > 0 ? `missing Cypher files: ${missing.join(", ")}` : "",
        unused.length > 0 ? `Cypher files no code refers to: ${unused.join(", ")}` : "",
      ].filter(Boolean).join("; "),
    );
  }
  return new Map(QUERY_NAMES.map((name) => [name, expandVisibility(name, readFileSync(path.join(dir, `${name}.cypher`), "utf8"))]));
}

/**
 * The access rule in Cypher, written once: `@visible(x)` in a statement stands for "the
 * viewer may see the element bound to x" — its classification is among `$markings` (the
 * levels the viewer reaches) and every one of its `;`-separated caveats is in `$caveats`
 * (those the viewer holds), and it is not an unpublished import's (publishedPredicate). It
 * mirrors canSee (access/markings.ts) for the markings. The catalog expands it
 * as it reads each file; the argument is a variable name only, never a value, and an `@`
 * left over (a misspelt macro) stops the catalog, since Cypher would not parse it anyway.
 */
export const VISIBLE_MACRO = /@visible\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/**
 * The same rule for someone other than the viewer, such as a saved view's owner:
 * `@visibleTo(x, levels, caveats)`, where `levels` and `caveats` are Cypher variables
 * holding that person's reachable levels and held caveats (lists, as `$markings` and
 * `$caveats` hold the viewer's). Variable names only, never values.
 */
export const VISIBLE_TO_MACRO = /@visibleTo\(([A-Za-z_]\w*),\s*([A-Za-z_]\w*),\s*([A-Za-z_]\w*)\)/g;

/**
 * The analysis scope in Cypher, written once: `@inScope(x)` stands for "the element bound to
 * x counts in this analysis" — its confidence (high when absent) is not among
 * `$belowConfidence`, and when `$sources` is a list, it was loaded from one of them. It
 * mirrors inScope (contract/analysis-scope.ts); forViewer always supplies both parameters.
 */
export const IN_SCOPE_MACRO = /@inScope\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/**
 * `@published(x)`: the element bound to x is not an unpublished import's (see
 * publishedPredicate) — the part of the access rule that holds whoever reads, for the
 * statements that judge markings for someone gone (a saved view whose owner left).
 */
export const PUBLISHED_MACRO = /@published\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

export function scopePredicate(variable: string): string {
  return `(NOT coalesce(${variable}.confidence, 'high') IN $belowConfidence` +
    ` AND ($sources IS NULL OR ${variable}.provenanceSource IN $sources))`;
}

/**
 * Whatever the viewer's clearance, an element a staged import wrote (it carries
 * `stagedBy`, the import's id) exists for readers only once that import is published: its
 * `:ImportStage` node says so, in the one small transaction that publishes it
 * (import/staged-import.ts). Elements of no stage (all but those of a large import being
 * written or just published) pass on the first test, so the stage is looked up only for
 * those few.
 */
export function publishedPredicate(variable: string): string {
  return `(${variable}.stagedBy IS NULL OR EXISTS { MATCH (publishing:ImportStage {id: ${variable}.stagedBy}) WHERE publishing.published })`;
}

export function visibilityPredicate(variable: string, markings = "$markings", caveats = "$caveats"): string {
  return `(coalesce(${variable}.classification, 'UNCLASSIFIED') IN ${markings}` +
    ` AND all(caveat IN split(coalesce(${variable}.caveats, ''), ';') WHERE caveat = '' OR caveat IN ${caveats})` +
    ` AND ${publishedPredicate(variable)})`;
}

export function expandVisibility(name: string, text: string): string {
  const expanded = text
    .replace(VISIBLE_TO_MACRO, (_match, variable: string, markings: string, caveats: string) =>
      visibilityPredicate(variable, markings, caveats))
    .replace(VISIBLE_MACRO, (_match, variable: string) => visibilityPredicate(variable))
    .replace(IN_SCOPE_MACRO, (_match, variable: string) => scopePredicate(variable))
    .replace(PUBLISHED_MACRO, (_match, variable: string) => publishedPredicate(variable));
  const code = expanded.split("\n").filter((line) => !line.trimStart().startsWith("//")).join("\n");
  if (code.includes("@")) throw new CatalogError(`${name}: an @ that is not @visible(variable), @visibleTo(variable, levels, caveats), @inScope(variable) or @published(variable)`);
  return expanded;
}
