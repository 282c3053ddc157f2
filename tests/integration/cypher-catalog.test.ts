import { mkdtempSync, cpSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypherDir, listCypherFiles, loadCatalog, QUERY_NAMES, type QueryName } from "../../server/neo4j/catalog.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../support/database.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

let db: GraphDatabase;
let model: GraphModel;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
});

const day = new neo4j.types.Date(2020, 1, 1);

/** Parameters that exercise each statement on the seed graph; a new file needs a row here. */
const runs: Record<QueryName, { mode: "read" | "write" | "auto"; params?: Record<string, unknown> }> = {
  "schema/entity-id-unique": { mode: "auto" },
  "schema/entity-names-fulltext": { mode: "auto" },
  "schema/relationship-id-unique": { mode: "auto" },
  "schema/graph-meta-key-unique": { mode: "auto" },
  "schema/await-indexes": { mode: "auto" },
  "explore/graph-nodes": { mode: "read", params: { kinds: ["Service"], asOf: day, limit: 10 } },
  "explore/graph-edges": { mode: "read", params: { ids: ["sgrs", "vsse"], types: null, asOf: day } },
  "explore/node": { mode: "read", params: { id: "sgrs" } },
  "explore/node-degree": { mode: "read", params: { id: "sgrs" } },
  "explore/neighbourhood-step": {
    mode: "read", params: { frontier: ["sgrs"], seen: ["sgrs"], types: null, asOf: day, limit: 5 },
  },
  "explore/search": { mode: "read", params: { query: "surete", candidates: 5 } },
  "explore/shortest-paths": { mode: "read", params: { from: "ctif", to: "vsse", types: null, limit: 3 } },
  "explore/entity-count": { mode: "read" },
  "explore/graph-version": { mode: "read" },
  "explore/nodes-by-ids": { mode: "read", params: { ids: ["sgrs", "nowhere"] } },
  "explore/entities-by-ids": { mode: "read", params: { ids: ["sgrs", "nowhere"] } },
  "seed/bump-graph-version": { mode: "write" },
  "schema/import-run-id-unique": { mode: "auto" },
  "schema/entity-source-index": { mode: "auto" },
  "import/edges-by-ids": { mode: "read", params: { ids: ["nowhere"], seesAll: false } },
  "import/create-nodes": {
    mode: "write", params: { rows: [{ id: "catalog-probe", kind: "Threat", props: { nameFr: "sonde" } }] },
  },
  "import/update-nodes": {
    mode: "write", params: { rows: [{ id: "catalog-probe", kind: "Threat", props: { nameFr: "sonde 2" } }] },
  },
  "import/create-edges": {
    mode: "write",
    params: { rows: [{ id: "catalog-probe-edge", type: "COUNTERS", source: "sgrs", target: "catalog-probe", props: {} }] },
  },
  "import/update-edges": {
    mode: "write",
    params: { rows: [{ id: "catalog-probe-edge", source: "sgrs", target: "catalog-probe", props: { note: "x" } }] },
  },
  "import/delete-edges": { mode: "write", params: { ids: ["catalog-probe-edge"] } },
  "import/delete-nodes": { mode: "write", params: { ids: ["catalog-probe"] } },
  "import/source-node-ids": { mode: "read", params: { source: "seed", seesAll: false } },
  "import/source-edge-ids": { mode: "read", params: { source: "seed", seesAll: true } },
  "import/foreign-edges-of-nodes": { mode: "read", params: { ids: ["sgrs"], source: "seed", limit: 5, seesAll: false } },
  "import/hidden-id-touches": { mode: "read", params: { actor: "catalog-probe", since: "2000-01-01T00:00:00Z" } },
  "import/record-run": {
    mode: "write", params: { run: { id: "catalog-probe-run", status: "imported", startedAt: "2000-01-01T00:00:00.000Z" } },
  },
  "import/list-runs": { mode: "read", params: { limit: 5, username: "catalog-probe" } },
  "import/run-elements": { mode: "read", params: { nodeIds: ["sgrs", "nowhere"], edgeIds: ["nowhere"] } },
  "import/source-counts": { mode: "read", params: {} },
  // A probe stage: opened, written to, held, published, settled and closed, then one discarded.
  "import/stage-open": { mode: "write", params: { id: "catalog-probe-stage", user: "catalog-probe" } },
  "import/stage-hold": { mode: "write", params: { id: "catalog-probe-stage" } },
  "import/stage-list": { mode: "read" },
  "import/stage-create-nodes": {
    mode: "write",
    params: { stage: "catalog-probe-stage", rows: [{ id: "catalog-probe-staged", kind: "Threat", loadedAt: "2020-01-01T00:00:00Z", props: { nameFr: "sonde" } }] },
  },
  "import/stage-create-edges": {
    mode: "write",
    params: {
      stage: "catalog-probe-stage",
      rows: [{ id: "catalog-probe-staged-edge", type: "COUNTERS", source: "sgrs", target: "catalog-probe-staged", loadedAt: "2020-01-01T00:00:00Z", props: {} }],
    },
  },
  "import/stage-publish": { mode: "write", params: { id: "catalog-probe-stage" } },
  "import/stage-settle-nodes": { mode: "auto", params: { id: "catalog-probe-stage" } },
  "import/stage-settle-edges": { mode: "auto", params: { id: "catalog-probe-stage" } },
  "import/stage-discard-nodes": { mode: "auto", params: { id: "catalog-probe-stage" } },
  "import/stage-discard-edges": { mode: "auto", params: { id: "catalog-probe-stage" } },
  "import/stage-close": { mode: "write", params: { id: "catalog-probe-stage" } },
  "export/nodes-page": { mode: "read", params: { after: "", limit: 5 } },
  "export/edges-page": { mode: "read", params: { after: "", limit: 5 } },
  "quality/orphans": { mode: "read", params: { limit: 5 } },
  "quality/missing-names": { mode: "read", params: { limit: 5 } },
  "quality/edges-without-provenance": { mode: "read", params: { limit: 5 } },
  "admin/delete-all": { mode: "auto" },
  "analytics/projection-nodes": { mode: "read", params: { asOf: day } },
  "analytics/projection-edges": { mode: "read", params: { asOf: day } },
  "analytics/graph-size": { mode: "read" },
  "analytics/dissemination-without-liaison": { mode: "read", params: { service: "sgrs", asOf: day } },
  "analytics/single-thread-partners": { mode: "read", params: { asOf: day } },
  "analytics/one-sided-projects": { mode: "read", params: { asOf: day } },
  "analytics/project-monitoring": { mode: "read", params: { asOf: day } },
  "analytics/threat-coverage": { mode: "read", params: { asOf: day } },
  "analytics/body-coverage": { mode: "read", params: { asOf: day } },
  "analytics/undocumented-nodes": { mode: "read" },
  "analytics/undocumented-edges": { mode: "read" },
  "analytics/reciprocity": { mode: "read", params: { asOf: day } },
  "analytics/partners-outside-bodies": { mode: "read", params: { countInvitees: false, asOf: day } },
  "analytics/liaison-without-flow": { mode: "read", params: { asOf: day } },
  "analytics/single-source-entities": { mode: "read", params: { asOf: day } },
  "analytics/single-source-relationships": { mode: "read", params: { asOf: day } },
  // access control and audit: a probe account with a session and a token, deleted at the end
  "auth/user-username-unique": { mode: "auto" },
  "auth/session-token-hash-unique": { mode: "auto" },
  "auth/access-token-hash-unique": { mode: "auto" },
  "audit/audit-event-id-unique": { mode: "auto" },
  "audit/audit-event-at-index": { mode: "auto" },
  "auth/count-users": { mode: "read" },
  "auth/create-user": {
    mode: "write",
    params: {
      username: "catalog-probe", passwordHash: "$scrypt$probe", role: "analyst", clearance: "UNCLASSIFIED", caveats: [],
      mustChangePassword: false,
    },
  },
  "auth/get-user": { mode: "read", params: { username: "catalog-probe" } },
  "auth/get-user-credentials": { mode: "read", params: { username: "catalog-probe" } },
  "auth/list-users": { mode: "read" },
  "auth/count-other-admins": { mode: "read", params: { username: "catalog-probe" } },
  "auth/update-user": {
    mode: "write",
    params: {
      username: "catalog-probe", role: null, clearance: "RESTRICTED", caveats: ["REL NATO"], passwordHash: null, disabled: null,
      mustChangePassword: null,
    },
  },
  "auth/create-session": {
    mode: "write",
    params: {
      username: "catalog-probe", id: "catalog-probe-session", tokenHash: "catalog-probe-session", csrfTokenHash: "probe",
      now: 1_700_000_000_000, ip: null, userAgent: null,
    },
  },
  "auth/resolve-session": { mode: "read", params: { tokenHash: "catalog-probe-session" } },
  "auth/touch-session": { mode: "write", params: { tokenHash: "catalog-probe-session", now: 1_700_000_060_000 } },
  "auth/delete-session": { mode: "write", params: { tokenHash: "catalog-probe-session" } },
  "auth/delete-sessions-of-user": { mode: "write", params: { username: "catalog-probe" } },
  "auth/delete-expired-sessions": { mode: "write", params: { idleCutoff: 0, absoluteCutoff: 0 } },
  "auth/create-access-token": {
    mode: "write",
    params: {
      username: "catalog-probe", id: "catalog-probe-token", tokenHash: "catalog-probe-token", name: "probe",
      now: 1_700_000_000_000, expiresAt: null, sessionId: null,
    },
  },
  "auth/list-access-tokens": { mode: "read", params: { username: "catalog-probe" } },
  "auth/resolve-access-token": { mode: "read", params: { tokenHash: "catalog-probe-token" } },
  "auth/touch-access-token": { mode: "write", params: { tokenHash: "catalog-probe-token", now: 1_700_000_060_000 } },
  "auth/revoke-access-token": { mode: "write", params: { username: "catalog-probe", id: "catalog-probe-token" } },
  "auth/revoke-access-tokens-of-user": { mode: "write", params: { username: "catalog-probe" } },
  "auth/delete-user": { mode: "write", params: { username: "catalog-probe" } },
  "auth/sign-in-failures-key-unique": { mode: "auto" },
  "auth/sign-in-failures-username-index": { mode: "auto" },
  "auth/record-sign-in-failure": {
    mode: "write",
    params: { counters: [{ key: '["pair","catalog-probe","127.0.0.9"]', username: "catalog-probe", ip: "127.0.0.9", free: 0 }], now: 1_700_000_000_000, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 },
  },
  "auth/sign-in-lock": { mode: "read", params: { keys: ['["pair","catalog-probe","127.0.0.9"]'], now: 1_700_000_000_000 } },
  "auth/clear-sign-in-failures": { mode: "write", params: { key: '["pair","catalog-probe","127.0.0.9"]' } },
  "auth/unlock-account": { mode: "write", params: { username: "catalog-probe" } },
  "auth/delete-stale-sign-in-failures": { mode: "write", params: { forgetBefore: 1_700_000_000_000, now: 1_700_000_000_000 } },
  "auth/rate-limit-window-key-unique": { mode: "auto" },
  "auth/rate-limit-window-reset-index": { mode: "auto" },
  "auth/count-rate-limit-hit": { mode: "write", params: { key: '["catalog-probe",0,"127.0.0.9"]', resetAt: 60_000 } },
  "auth/rate-limit-window": { mode: "read", params: { key: '["catalog-probe",0,"127.0.0.9"]' } },
  "auth/uncount-rate-limit-hit": { mode: "write", params: { key: '["catalog-probe",0,"127.0.0.9"]' } },
  "auth/reset-rate-limit-window": { mode: "write", params: { key: '["catalog-probe",0,"127.0.0.9"]' } },
  "auth/delete-past-rate-limit-windows": { mode: "write", params: { now: 60_000, limit: 10 } },
  // Appends to the audit chain go through reserve-chain's lock (audit-chain.ts): alone, the
  // statements run with nothing to append and a head that does not match, so the chain stays whole.
  "audit/record-events": { mode: "write", params: { events: [] } },
  "audit/list-events": { mode: "read", params: { actor: "catalog-probe", action: null, from: "2020-01-01", to: null, limit: 5 } },
  "audit/export-page": {
    mode: "read",
    params: { actor: null, action: "query.run", from: null, to: null, afterAt: "2020-01-01T00:00:00.000Z", afterId: "", limit: 5 },
  },
  "audit/audit-chain-key-unique": { mode: "auto" },
  "audit/audit-event-seq-unique": { mode: "auto" },
  "audit/create-chain-head": { mode: "write", params: { genesis: "0".repeat(64) } },
  "audit/reserve-chain": { mode: "write" },
  "audit/advance-chain": { mode: "write", params: { fromSeq: -1, seq: -1, hash: "catalog-probe" } },
  "audit/chain-head": { mode: "read" },
  "audit/chain-page": { mode: "read", params: { afterSeq: 0, lastSeq: 5, limit: 5 } },
  "audit/unchained-events": { mode: "read", params: { startedAt: "2020-01-01T00:00:00.000Z" } },
  "markings/set-node-marking": { mode: "write", params: { id: "nowhere", classification: "SECRET", newCaveats: "REL NATO" } },
  "markings/set-edge-marking": { mode: "write", params: { id: "nowhere", classification: null, newCaveats: null } },
  "views/saved-view-id-unique": { mode: "auto" },
  "views/create-view": {
    mode: "write", params: { id: "catalog-probe", name: "probe", url: "?kinds=Service", shared: false, owner: "catalog-probe" },
  },
  "views/list-views": { mode: "read", params: { username: "catalog-probe" } },
  "views/get-view": { mode: "read", params: { id: "catalog-probe" } },
  "views/delete-view": { mode: "write", params: { id: "catalog-probe" } },
  "views/view-markings": {
    mode: "read",
    params: {
      views: [{ id: "catalog-probe", owner: "catalog-probe", names: ["sgrs", "nowhere"] }],
      levels: ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"], username: "catalog-probe",
    },
  },
  "import/mapping-name-unique": { mode: "auto" },
  "import/mapping-save": { mode: "write", params: { name: "catalog-probe", mapping: "{}", savedBy: "catalog-probe" } },
  "import/mapping-list": { mode: "read" },
  "import/mapping-delete": { mode: "write", params: { name: "catalog-probe" } },
};

describe("the Cypher catalog", () => {
  it("has a run below for every file, and every file runs against the real database", async () => {
    expect(Object.keys(runs).sort()).toEqual([...QUERY_NAMES].sort());
    for (const name of QUERY_NAMES) {
      const { mode, params = {} } = runs[name];
      const text = name === "schema/relationship-id-unique"
        ? db.text(name).replaceAll("REL_TYPE", model.relationshipTypeIds[0]!)
        : db.text(name);
      if (mode === "auto") await expect(db.autoCommit(text, params), name).resolves.toBeUndefined();
      else if (text.includes("$markings")) {
        const reader = db.forViewer(CLEARED_VIEWER);
        const rows = mode === "write" ? reader.write((tx) => tx.run(name, params)) : reader.query(name, params);
        await expect(rows, name).resolves.toBeInstanceOf(Array);
      } else await expect(db.query(name, params, mode === "write" ? "WRITE" : "READ"), name).resolves.toBeInstanceOf(Array);
    }
  });

  it("looks relationships up by id through every type of the model, so each type's id index serves it", () => {
    for (const name of [
      "import/edges-by-ids", "import/delete-edges", "markings/set-edge-marking", "import/list-runs", "import/run-elements",
      "views/view-markings",
    ] as const) {
      const listed = /\[\w+:([A-Z_|]+)\]/.exec(db.text(name))?.[1]?.split("|") ?? [];
      expect(listed.sort(), name).toEqual([...model.relationshipTypeIds].sort());
    }
  });

  it("lists exactly the files under cypher/", () => {
    expect(listCypherFiles()).toEqual([...QUERY_NAMES].sort());
  });

  it("refuses to start with a Cypher file no code refers to, or a name without its file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-"));
    try {
      cpSync(cypherDir, dir, { recursive: true });
      writeFileSync(path.join(dir, "explore", "forgotten.cypher"), "RETURN 1");
      expect(() => loadCatalog(dir)).toThrow(/explore\/forgotten/);
      rmSync(path.join(dir, "explore", "forgotten.cypher"));
      rmSync(path.join(dir, "explore", "node.cypher"));
      expect(() => loadCatalog(dir)).toThrow(/missing Cypher files: explore\/node/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
