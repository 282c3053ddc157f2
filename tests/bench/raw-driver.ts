import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { toLuceneQuery } from "../../server/graph/search-query.ts";
import { rankCandidates } from "../../server/graph/search-rank.ts";
import type { QueryName } from "../../server/neo4j/catalog.ts";
import { viewerParameters } from "../../server/access/viewer.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

/** The statements filter by viewer: the reference runs them as a cleared one. */
const VIEWER = viewerParameters(CLEARED_VIEWER);

/**
 * The baseline: the API's statements, parameters and transaction boundaries, run through
 * neo4j-driver directly, without HTTP, validation, conversion of values or presenters.
 * Each function mirrors one function of server/graph/ or server/analytics-runtime/; keep
 * them in step.
 */
export interface RawDriver {
  driver: Driver;
  database: string;
  timeoutMs: number;
  text: (name: QueryName) => string;
}

/** A driver configured as GraphDatabase configures its own. */
export function openRawDriver(connection: { uri: string; user: string; password: string }): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 100,
    logging: { level: "error", logger: () => {} },
  });
}

async function read<T>(raw: RawDriver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = raw.driver.session({ database: raw.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: raw.timeoutMs });
  } finally {
    await session.close();
  }
}

/** As fetchNeighbourhood (server/graph/neighbourhood.ts) with no type or date filter. */
export function rawNeighbourhood(
  raw: RawDriver, options: { id: string; depth: number; limit: number }, viewer: Record<string, unknown> = VIEWER,
): Promise<void> {
  return read(raw, async (tx) => {
    const start = await tx.run(raw.text("explore/node"), { id: options.id, ...viewer });
    if (start.records.length === 0) throw new Error(`no entity has id "${options.id}"`);
    const seen = new Set([options.id]);
    let reached = 1;
    let frontier = [options.id];
    for (let distance = 1; distance <= options.depth && frontier.length > 0; distance += 1) {
      const room = options.limit - reached;
      const step = await tx.run(raw.text("explore/neighbourhood-step"), {
        frontier, seen: [...seen], types: null, asOf: null, limit: neo4j.int(room + 1), ...viewer,
      });
      const found = step.records.map((record) => record.get("id") as string);
      const truncated = found.length > room;
      if (truncated) found.length = Math.max(room, 0);
      for (const id of found) seen.add(id);
      reached += found.length;
      frontier = found;
      if (truncated) break;
    }
    await tx.run(raw.text("explore/graph-edges"), { ids: [...seen], types: null, asOf: null, ...viewer });
  });
}

/** As searchEntities (server/graph/search.ts): the visible candidates, ranked, then the rows kept, in one read. */
export async function rawSearch(
  raw: RawDriver, options: { q: string; limit: number }, viewer: Record<string, unknown> = VIEWER,
): Promise<void> {
  const query = toLuceneQuery(options.q);
  if (query === undefined) return;
  await read(raw, async (tx) => {
    const found = await tx.run(raw.text("explore/search"), { query, candidates: neo4j.int(2_000), ...viewer });
    const candidates = found.records.map((record) => ({ id: String(record.get("id")), name: "", fields: record.get("fields") }));
    const ids = rankCandidates(options.q, candidates).slice(0, options.limit).map((candidate) => candidate.id);
    await tx.run(raw.text("explore/entities-by-ids"), { ids, ...viewer });
  });
}

/** One statement as an auto-commit read, as GraphDatabase.query runs a read. */
export async function rawAutoRead(raw: RawDriver, name: QueryName, params: Record<string, unknown>): Promise<void> {
  const session = raw.driver.session({ database: raw.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(raw.text(name), params, { timeout: raw.timeoutMs });
  } finally {
    await session.close();
  }
}

export interface RawProjectionRows {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}

/**
 * As AnalyticsService.fetchProjection (server/analytics-runtime/) with no as-of date: both
 * statements in one read transaction, each record as the driver's plain object.
 */
export function rawProjectionRows(raw: RawDriver): Promise<RawProjectionRows> {
  return read(raw, async (tx) => {
    const nodes = await tx.run(raw.text("analytics/projection-nodes"), { asOf: null, ...VIEWER });
    const edges = await tx.run(raw.text("analytics/projection-edges"), { asOf: null, ...VIEWER });
    return { nodes: nodes.records.map((record) => record.toObject()), edges: edges.records.map((record) => record.toObject()) };
  });
}
