import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markingOfProps } from "../../../server/access/answer-marking.ts";
import { canSee, CLASSIFICATIONS, classificationRank, formatMarking, highestMarking, type Classification } from "../../../contract/markings.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase, resetToSeed } from "../../support/database.ts";
import { canonicalDump, hiddenFrom, idsNamedIn, RawGraph, type GraphDump } from "../../support/raw-graph.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";

/**
 * Writes obey the read rule, tried at random. Each run writes a small random graph with
 * random markings and caveats on nodes and relationships straight into Neo4j (an unmarked
 * relationship to a SECRET node included), has the cleared test admin share views naming
 * its elements and read some of them, then lets a random importer (data or admin, random
 * clearance and caveats) send a random import through the API: merge or replace of a
 * source, dry run or real, reusing visible ids, hidden ids and new ids, relationships
 * rewired to hidden ends, markings omitted, kept, raised, lowered or arbitrary.
 *
 * Every run is recorded; the tests below then each check one promise over all runs, so a
 * failure says which promise broke and in which runs:
 * - what the importer may not see is byte for byte what it was (ids, labels, ends,
 *   properties and Neo4j's own element ids: deleted and made again is a change);
 * - no answer the importer can read names an id it may not see: the import's answer and
 *   job (which may repeat an id the importer itself sent, in the words a missing or taken
 *   id gets), the import history, the saved views and, for an admin, the audit trail
 *   (none of these may name a hidden id at all);
 * - every import, dry runs too, is in the audit trail, with the hidden ids it touched
 *   (read by the cleared test admin);
 * - the import is refused exactly when it asks for something the importer may not do,
 *   nothing is written when it is refused or a dry run, and a committed import wrote what
 *   it asked: an omitted marking kept, a lowering refused unless by an admin;
 * - enough runs commit real changes that the test cannot pass by refusing everything.
 */
const RUNS = 36;
const SEED = 20261206;
const CAVEATS = ["REL EU", "REL NATO"];
const SOURCES = ["alpha", "beta"];
const TYPE = "COOPERATES_WITH";

interface Mark { level: Classification; caveats: string[] }
type Role = "data" | "admin";
interface Importer extends Mark { role: Role }
type MarkChoice = "omit" | "same" | "raise" | "lower" | "any";
type WildKind = "hidden-id" | "hidden-end" | "above" | "lower";
interface Op {
  what: "node-existing" | "node-new" | "edge-existing" | "edge-new";
  wild: WildKind;
  pick: number;
  ends: [number, number];
  rewire: boolean;
  mark: MarkChoice;
  any: Mark;
  name: number;
}
/**
 * `wild`: which op (modulo their number) asks for something the importer may not do (see
 * resolveImport); the others ask only for what it may. One wild op per import finds one
 * refusal the importer forgets (with several, another refusal would hide it); an import
 * without one (null) must commit.
 */
interface ImportPlan { mode: "merge" | "replace"; source: string | undefined; dryRun: boolean; wild: number | null; ops: Op[] }
interface GraphPlan {
  nodes: { mark: Mark; source: string | undefined }[];
  edges: { from: number; to: number; mark: Mark; source: string | undefined }[];
  views: [number, number][];
  reads: number[];
}

const markArb: fc.Arbitrary<Mark> = fc.record({
  level: fc.constantFrom(...CLASSIFICATIONS),
  caveats: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 2, arbitrary: fc.subarray(CAVEATS, { minLength: 1 }) }),
});
const sourceArb = fc.constantFrom<string | undefined>(undefined, ...SOURCES);
const graphArb: fc.Arbitrary<GraphPlan> = fc.record({
  nodes: fc.array(fc.record({ mark: markArb, source: sourceArb }), { minLength: 3, maxLength: 7 }),
  edges: fc.array(fc.record({ from: fc.nat(99), to: fc.nat(99), mark: markArb, source: sourceArb }), { maxLength: 8 }),
  views: fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { minLength: 1, maxLength: 2 }),
  reads: fc.array(fc.nat(99), { maxLength: 2 }),
});
const importerArb: fc.Arbitrary<Importer> = fc.record({
  role: fc.constantFrom<Role>("data", "admin"),
  level: fc.constantFrom(...CLASSIFICATIONS),
  caveats: fc.subarray(CAVEATS),
});
const opArb: fc.Arbitrary<Op> = fc.record({
  what: fc.constantFrom("node-existing", "node-new", "edge-existing", "edge-new"),
  wild: fc.constantFrom<WildKind>("hidden-id", "hidden-end", "above", "lower"),
  pick: fc.nat(99),
  ends: fc.tuple(fc.nat(99), fc.nat(99)),
  rewire: fc.boolean(),
  mark: fc.constantFrom<MarkChoice>("omit", "same", "raise", "lower", "any"),
  any: markArb,
  name: fc.nat(9),
});
const wildArb = fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.nat(3) });
const importArb: fc.Arbitrary<ImportPlan> = fc.oneof(
  fc.record({ mode: fc.constant("merge" as const), source: sourceArb, dryRun: fc.constantFrom(false, false, true), wild: wildArb, ops: fc.array(opArb, { minLength: 1, maxLength: 4 }) }),
  fc.record({ mode: fc.constant("replace" as const), source: fc.constantFrom<string | undefined>(...SOURCES), dryRun: fc.boolean(), wild: wildArb, ops: fc.array(opArb, { maxLength: 3 }) }),
);

/** One promise broken in one run. */
interface Violation { run: number; promise: string; detail: string }
interface RunRecord {
  run: number;
  importer: Importer;
  plan: Omit<ImportPlan, "ops">;
  refusalReasons: string[];
  status: string;
  committedChanges: number;
}

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let raw: RawGraph;
const importers = new Map<string, TestClient>();
const violations: Violation[] = [];
const runs: RunRecord[] = [];
let campaignMs = 0;

const stored = (mark: Mark, source: string | undefined): Record<string, unknown> => ({
  ...(mark.level === "UNCLASSIFIED" ? {} : { classification: mark.level }),
  ...(mark.caveats.length > 0 ? { caveats: [...mark.caveats].sort().join(";") } : {}),
  ...(source ? { provenanceSource: source } : {}),
});
const markOf = (props: Record<string, unknown>): Mark => {
  const { classification, caveats } = highestMarking([markingOfProps(props)]);
  return { level: classification, caveats };
};
const written = (mark: Mark): Record<string, unknown> => ({ classification: mark.level, ...(mark.caveats.length > 0 ? { caveats: [...mark.caveats].sort().join(";") } : {}) });
const label = (mark: Mark) => formatMarking({ classification: mark.level, caveats: mark.caveats });
/** Whether `next` shows the element to anyone `previous` did not: a lower level, or a caveat dropped. */
const lowers = (previous: Mark, next: Mark) =>
  classificationRank(next.level) < classificationRank(previous.level) || previous.caveats.some((caveat) => !next.caveats.includes(caveat));

async function importerClient(importer: Importer): Promise<TestClient> {
  const key = `${importer.role}|${importer.level}|${importer.caveats.join(";")}`;
  if (!importers.has(key)) {
    const { token } = await createTestUser(db, { role: importer.role, clearance: importer.level, caveats: importer.caveats });
    importers.set(key, api.as(token));
  }
  return importers.get(key)!;
}

/** The graph of one run, written around the product, with views naming its elements and marked reads of some. */
async function setUp(tag: string, plan: GraphPlan): Promise<{ nodeIds: string[]; edgeIds: string[] }> {
  const nodes = plan.nodes.map((node, i) => ({ id: `${tag}-n${i}x`, kind: "Service", props: { nameFr: `Service ${tag} ${i}`, ...stored(node.mark, node.source) } }));
  const edges: { id: string; type: string; source: string; target: string; props: Record<string, unknown> }[] = [];
  const pairs = new Set<string>();
  plan.edges.forEach((edge, i) => {
    const source = nodes[edge.from % nodes.length]!.id;
    const target = nodes[edge.to % nodes.length]!.id;
    if (source === target || pairs.has(`${source}>${target}`)) return;
    pairs.add(`${source}>${target}`);
    edges.push({ id: `${tag}-e${i}x`, type: TYPE, source, target, props: stored(edge.mark, edge.source) });
  });
  await raw.replaceEntities(nodes, edges);
  await db.query("seed/bump-graph-version", {}, "WRITE");
  const all = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  for (const [a, b] of plan.views) {
    const shared = await api.request("/api/views", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: `Network ${tag}`, url: `?start=${all[a % all.length]}&sel=${all[b % all.length]}`, shared: true }),
    });
    expect(shared.status, JSON.stringify(shared.body)).toBe(200);
  }
  for (const read of plan.reads) expect((await api.get(`/api/nodes/${nodes[read % nodes.length]!.id}`)).status).toBe(200);
  return { nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) };
}

interface Planned {
  element: "node" | "edge";
  data: Record<string, unknown>;
  /** The marking a committed import must leave on it. */
  expected: Mark;
}

/**
 * Turns the random import into files' elements, saying why (if at all) it must be refused.
 * Ordinary ops ask only for what the importer may do; the wild op asks for one kind of
 * thing it may not (when the graph offers one): a hidden id (a relationship hidden only by
 * an end first), a visible or new relationship tied to a hidden end, a marking above the
 * importer, a marking lowered. Whether the result must be refused is then judged from the
 * elements alone, whatever the op meant to do.
 */
function resolveImport(tag: string, importer: Importer, plan: ImportPlan, before: GraphDump) {
  const clearance = { level: importer.level, caveats: importer.caveats };
  const hidden = hiddenFrom(clearance, before);
  const allNodes = [...before.nodes.keys()];
  const visibleNodes = allNodes.filter((id) => !hidden.nodes.has(id));
  const hiddenNodes = allNodes.filter((id) => hidden.nodes.has(id));
  const allEdges = [...before.edges.keys()];
  const visibleEdges = allEdges.filter((id) => !hidden.edges.has(id));
  // Hidden only by an end first: the relationship's own marking would let the importer in.
  const hiddenEdges = allEdges.filter((id) => hidden.edges.has(id))
    .sort((a, b) => Number(canSee(clearance, markingOfProps(before.edges.get(b)!.props))) - Number(canSee(clearance, markingOfProps(before.edges.get(a)!.props))));
  const markedVisible = [...visibleNodes, ...visibleEdges].filter((id) => {
    const mark = markOf((before.nodes.get(id) ?? before.edges.get(id))!.props);
    return mark.level !== "UNCLASSIFIED" || mark.caveats.length > 0;
  });
  const above = aboveOf(importer);
  const planned: Planned[] = [];
  const reasons: string[] = [];
  const used = new Set<string>();
  const created: string[] = [];
  const pickFrom = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  const wild = plan.wild === null || plan.ops.length === 0 ? -1 : plan.wild % plan.ops.length;

  const markFor = (op: Op, choice: MarkChoice, current: Mark | undefined): { fields: Record<string, unknown>; expected: Mark; reason?: string } => {
    const base = current ?? { level: "UNCLASSIFIED" as Classification, caveats: [] };
    let next: Mark | undefined;
    if (choice === "same") next = current;
    if (choice === "raise") {
      const from = classificationRank(base.level);
      const to = Math.max(from, classificationRank(importer.level));
      next = {
        level: CLASSIFICATIONS[from + (op.pick % (to - from + 1))]!,
        caveats: [...new Set([...base.caveats, ...op.any.caveats.filter((c) => importer.caveats.includes(c))])].sort(),
      };
    }
    if (choice === "lower" && current) {
      const rank = classificationRank(current.level);
      if (rank > 0) next = { level: CLASSIFICATIONS[op.pick % rank]!, caveats: current.caveats };
      else if (current.caveats.length > 0) next = { level: current.level, caveats: current.caveats.slice(1) };
      else next = current;
    }
    if (choice === "any") next = op.any;
    if (!next) return { fields: {}, expected: base };
    const fields = written(next);
    if (!canSee(clearance, { classification: next.level, caveats: next.caveats })) {
      return { fields, expected: base, reason: `marks ${label(next)}, above the importer` };
    }
    if (current && lowers(current, next) && importer.role !== "admin") {
      return { fields, expected: base, reason: `lowers ${label(current)} to ${label(next)} as a data user` };
    }
    return { fields, expected: next };
  };

  // An import changes no element of another source: a bare JSON body is named upload.json.
  const writes = plan.source ?? "upload.json";
  const ofOtherSource = (props: Record<string, unknown>) =>
    typeof props.provenanceSource === "string" && props.provenanceSource !== "" && props.provenanceSource !== writes;
  let fresh = 0;
  for (const [index, given] of plan.ops.entries()) {
    let op = given;
    const kind = index === wild ? op.wild : "none";
    let what = op.what;
    let existing: string | undefined;
    let choice: MarkChoice = op.mark === "any" ? "raise" : op.mark === "lower" && importer.role !== "admin" ? "same" : op.mark;
    let ends: [string | undefined, string | undefined] | undefined;
    if (kind === "hidden-id" && hiddenEdges.length + hiddenNodes.length > 0) {
      existing = (what.startsWith("edge") && hiddenEdges.length > 0) || hiddenNodes.length === 0 ? pickFrom(hiddenEdges, op.pick % 2 === 0 ? 0 : op.pick) : pickFrom(hiddenNodes, op.pick);
      what = before.edges.has(existing!) ? "edge-existing" : "node-existing";
      choice = op.mark;
    } else if (kind === "hidden-end" && hiddenNodes.length > 0) {
      what = op.what === "edge-existing" && visibleEdges.length > 0 ? "edge-existing" : "edge-new";
      existing = what === "edge-existing" ? pickFrom(visibleEdges, op.pick) : undefined;
      const far = pickFrom(hiddenNodes, op.ends[1])!;
      const near = pickFrom([...visibleNodes, ...created], op.ends[0]) ?? pickFrom(hiddenNodes, op.ends[0] + 1)!;
      ends = op.rewire ? [far, near] : [near, far];
    } else if (kind === "above" && above) {
      choice = "any";
      op = { ...op, any: above };
    } else if (kind === "lower" && markedVisible.length > 0) {
      existing = pickFrom(markedVisible, op.pick);
      what = before.edges.has(existing!) ? "edge-existing" : "node-existing";
      choice = "lower";
    }
    const name = `Nom ${tag} ${op.name}`;
    if (what === "node-existing" || what === "node-new") {
      const id = (what === "node-existing" ? existing ?? pickFrom(visibleNodes, op.pick) : undefined) ?? `${tag}-new${fresh++}x`;
      if (used.has(id)) continue;
      used.add(id);
      const node = before.nodes.get(id);
      const mark = markFor(op, choice, node ? markOf(node.props) : undefined);
      if (hidden.nodes.has(id)) reasons.push(`names hidden node ${id}`);
      else if (node && ofOtherSource(node.props)) reasons.push(`${id} belongs to source ${String(node.props.provenanceSource)}`);
      else if (mark.reason) reasons.push(`${id} ${mark.reason}`);
      planned.push({ element: "node", data: { id, kind: "Service", nameFr: name, ...mark.fields }, expected: mark.expected });
      if (!node) created.push(id);
      continue;
    }
    const id = (what === "edge-existing" ? existing ?? pickFrom(visibleEdges, op.pick) : undefined) ?? `${tag}-new${fresh++}x`;
    if (used.has(id)) continue;
    const edge = before.edges.get(id);
    const endPool = [...visibleNodes, ...created];
    const [source, target] = ends ?? (edge && !op.rewire ? [edge.source, edge.target] : [pickFrom(endPool, op.ends[0]), pickFrom(endPool, op.ends[1])]);
    if (source === undefined || target === undefined || source === target) continue;
    used.add(id);
    const mark = markFor(op, choice, edge ? markOf(edge.props) : undefined);
    if (hidden.edges.has(id)) reasons.push(`names hidden relationship ${id}${canSee(clearance, markingOfProps(edge!.props)) ? " (hidden by an end)" : ""}`);
    else if (hidden.nodes.has(source) || hidden.nodes.has(target)) reasons.push(`ties ${id} to a hidden end`);
    else if (edge && ofOtherSource(edge.props)) reasons.push(`${id} belongs to source ${String(edge.props.provenanceSource)}`);
    else if (mark.reason) reasons.push(`${id} ${mark.reason}`);
    planned.push({ element: "edge", data: { id, source, target, type: TYPE, ...mark.fields }, expected: mark.expected });
  }
  return { planned, reasons, hidden };
}

/** A marking the importer is not cleared for, or none when it is cleared for every one. */
function aboveOf(importer: Importer): Mark | undefined {
  if (importer.level !== CLASSIFICATIONS.at(-1)) return { level: CLASSIFICATIONS[classificationRank(importer.level) + 1]!, caveats: [] };
  const missing = CAVEATS.find((caveat) => !importer.caveats.includes(caveat));
  return missing ? { level: "UNCLASSIFIED", caveats: [missing] } : undefined;
}

function differences(before: GraphDump, after: GraphDump): string[] {
  const ids = new Set([...before.nodes.keys(), ...before.edges.keys(), ...after.nodes.keys(), ...after.edges.keys()]);
  const one = (graph: GraphDump, id: string) => JSON.stringify(graph.nodes.get(id) ?? graph.edges.get(id) ?? null);
  return [...ids].filter((id) => one(before, id) !== one(after, id)).sort();
}

async function oneRun(run: number, graphPlan: GraphPlan, importer: Importer, plan: ImportPlan): Promise<void> {
  const tag = `pw${String(run).padStart(2, "0")}`;
  const fail = (promise: string, detail: string) => violations.push({ run, promise, detail });
  const startedAt = new Date(Date.now() - 1000).toISOString();
  await setUp(tag, graphPlan);
  const client = await importerClient(importer);
  const before = await raw.dump();
  const { planned, reasons, hidden } = resolveImport(tag, importer, plan, before);
  const hiddenIds = [...hidden.nodes.keys(), ...hidden.edges.keys()];
  const sent = new Set(planned.flatMap(({ data }) => [data.id, data.source, data.target].filter((id): id is string => typeof id === "string")));

  // A view naming only what the importer sees: it must be listed to the importer (filtering is not hiding everything).
  const visibleId = [...before.nodes.keys()].find((id) => !hidden.nodes.has(id));
  const openView = visibleId === undefined ? undefined : (await api.request("/api/views", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: `Open ${tag}`, url: `?start=${visibleId}`, shared: true }),
  })).body.id as string;

  const query = new URLSearchParams({ wait: "true", mode: plan.mode, dryRun: String(plan.dryRun), ...(plan.source ? { source: plan.source } : {}) });
  const answer = await client.request(`/api/imports?${query}`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ nodes: planned.filter((p) => p.element === "node").map(({ data }) => ({ data })), edges: planned.filter((p) => p.element === "edge").map(({ data }) => ({ data })) }),
  });
  const after = await raw.dump();
  const report = answer.body as { status?: string; errors?: { message: string }[]; created?: { nodes: number; edges: number }; updated?: { nodes: number; edges: number }; deleted?: { nodes: number; edges: number } };
  const status = String(report.status ?? answer.status);
  const summary = `${importer.role} ${label(importer)}, ${plan.mode}${plan.source ? ` of ${plan.source}` : ""}${plan.dryRun ? " dry run" : ""}: ${status}`;

  // What the importer may not see is unchanged, byte for byte.
  const hiddenBefore = canonicalDump(hidden);
  const hiddenAfter = canonicalDump(hiddenFrom({ level: importer.level, caveats: importer.caveats }, after));
  if (hiddenBefore !== hiddenAfter) {
    const changed = differences(hidden, hiddenFrom({ level: importer.level, caveats: importer.caveats }, after));
    fail("hidden unchanged", `${summary}; hidden elements changed: ${changed.join(", ")}; answer ${JSON.stringify(report.errors ?? report).slice(0, 300)}`);
  }

  // Nothing the importer may read names what it may not see.
  const notSent = hiddenIds.filter((id) => !sent.has(id));
  const leaks = (where: string, text: string, ids: string[]) => {
    const named = idsNamedIn(text, ids);
    if (named.length > 0) fail(`no hidden id in ${where}`, `${summary}; names ${named.join(", ")}: ${excerpt(text, named[0]!)}`);
  };
  leaks("the import answer", JSON.stringify(answer.body), notSent);
  const location = answer.headers.get("location");
  if (location) leaks("GET /api/imports/:id", JSON.stringify((await client.get(location)).body), notSent);
  leaks("GET /api/imports", JSON.stringify((await client.get("/api/imports?limit=500")).body), hiddenIds);
  const views = await client.get("/api/views");
  leaks("GET /api/views", JSON.stringify(views.body), hiddenIds);
  if (openView && !(views.body.views as { id: string }[] | undefined)?.some((view) => view.id === openView)) {
    fail("visible records listed", `${summary}; the shared view naming only ${visibleId} is not listed`);
  }
  if (importer.role === "admin") {
    const audit = await client.get(`/api/audit?limit=1000&from=${encodeURIComponent(startedAt)}`);
    leaks("GET /api/audit", JSON.stringify(audit.body), hiddenIds);
    const exported = await client.get(`/api/audit/export?from=${encodeURIComponent(startedAt)}`);
    leaks("GET /api/audit/export", String(exported.body), hiddenIds);
  }

  // Every import is on the record, a dry run as well, and so is every hidden id it touched, for a reader cleared for it.
  const trail = JSON.stringify((await api.get(`/api/audit?limit=1000&from=${encodeURIComponent(startedAt)}`)).body);
  const importId = (answer.body as { id?: string }).id;
  if (importId && !trail.includes(importId)) fail("audited", `${summary}; no audit event names import ${importId}`);
  const touched = hiddenIds.filter((id) => sent.has(id) && !trail.includes(id));
  if (touched.length > 0) {
    fail("audited", `${summary}; the hidden ${touched.join(", ")} it touched are in no audit event (${reasons.join("; ")}; errors ${JSON.stringify(report.errors ?? []).slice(0, 300)})`);
  }

  // Refused exactly when it must be; refused and dry runs write nothing; committed ones write what they asked.
  if (plan.mode === "merge") {
    const expected = reasons.length > 0 ? "rejected" : plan.dryRun ? "dry-run" : "imported";
    if (status !== expected) {
      fail("refused exactly when it must be", `${summary}, expected ${expected}${reasons.length ? ` (${reasons.join("; ")})` : ""}; errors ${JSON.stringify(report.errors ?? report).slice(0, 400)}`);
    }
  } else if (reasons.length > 0 && status !== "rejected") {
    fail("refused exactly when it must be", `${summary}, expected rejected (${reasons.join("; ")})`);
  }
  if (status !== "imported" && canonicalDump(before) !== canonicalDump(after)) {
    fail("nothing written unless committed", `${summary}; changed ${differences(before, after).join(", ")}`);
  }
  let committedChanges = 0;
  if (status === "imported") {
    committedChanges = (["created", "updated", "deleted"] as const).reduce((sum, key) => sum + (report[key]?.nodes ?? 0) + (report[key]?.edges ?? 0), 0);
    for (const { element, data, expected } of planned) {
      const stored = element === "node" ? after.nodes.get(String(data.id)) : after.edges.get(String(data.id));
      const problem = !stored ? "missing"
        : element === "node" && stored.props.nameFr !== data.nameFr ? `nameFr ${String(stored.props.nameFr)}`
        : element === "edge" && ((stored as { source: string }).source !== data.source || (stored as { target: string }).target !== data.target) ? "ends differ"
        : label(markOf(stored.props)) !== label(expected) ? `marked ${label(markOf(stored.props))}, expected ${label(expected)}` : undefined;
      if (problem) fail("committed as asked", `${summary}; ${element} ${String(data.id)}: ${problem}`);
    }
    if (plan.mode === "replace") {
      const kept = new Set(planned.map(({ data }) => String(data.id)));
      const visibleOfSource = [...before.nodes.values(), ...before.edges.values()]
        .filter((element) => element.props.provenanceSource === plan.source && !hidden.nodes.has(element.id) && !hidden.edges.has(element.id) && !kept.has(element.id));
      const left = visibleOfSource.filter((element) => after.nodes.has(element.id) || after.edges.has(element.id)).map((element) => element.id);
      if (left.length > 0) fail("committed as asked", `${summary}; the source's visible ${left.join(", ")} still there after the replace`);
    }
    if (importer.role === "admin") {
      const lowered = planned.filter(({ data, expected }) => {
        const was = before.nodes.get(String(data.id)) ?? before.edges.get(String(data.id));
        return was && lowers(markOf(was.props), expected);
      });
      if (lowered.length > 0) {
        const events = JSON.stringify((await client.get(`/api/audit?limit=1000&action=marking.change&from=${encodeURIComponent(startedAt)}`)).body);
        const unrecorded = lowered.map(({ data }) => String(data.id)).filter((id) => !events.includes(id));
        if (unrecorded.length > 0) fail("a lowering by an admin is a marking.change", `${summary}; no marking.change names ${unrecorded.join(", ")}`);
      }
    }
  }
  runs.push({ run, importer, plan: { mode: plan.mode, source: plan.source, dryRun: plan.dryRun, wild: plan.wild }, refusalReasons: reasons, status, committedChanges });
}

function excerpt(text: string, id: string): string {
  const at = text.indexOf(id);
  return text.slice(Math.max(0, at - 120), at + id.length + 60);
}

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  raw = new RawGraph();
  api = await startTestServer({ db, model });
  let run = 0;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(graphArb, importerArb, importArb, async (graph, importer, plan) => {
      await oneRun(++run, graph, importer, plan);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  campaignMs = Date.now() - started;
});

afterAll(async () => {
  await api?.close();
  await raw?.close();
  if (db && model) await resetToSeed(db, model);
  await db?.close();
});

function report(promise: string): string[] {
  return violations.filter((v) => v.promise === promise).map((v) => `run ${v.run}: ${v.detail}`);
}

describe(`random imports by random importers into random marked graphs (${RUNS} runs, seed ${SEED})`, () => {
  it("leave every element the importer may not see byte for byte as it was", () => {
    expect(report("hidden unchanged")).toEqual([]);
  });

  it("never name a hidden id in the answer, the job, the history, the views or (admins) the audit trail", () => {
    const leaks = violations.filter((v) => v.promise.startsWith("no hidden id")).map((v) => `run ${v.run} ${v.promise}: ${v.detail}`);
    expect(leaks).toEqual([]);
  });

  it("still list to the importer the records naming only what it sees", () => {
    expect(report("visible records listed")).toEqual([]);
  });

  it("are refused exactly when they ask for what the importer may not do, and write nothing then or in a dry run", () => {
    expect([...report("refused exactly when it must be"), ...report("nothing written unless committed")]).toEqual([]);
  });

  it("write what they asked when committed: markings kept when omitted, lowered only by an admin and then recorded", () => {
    expect([...report("committed as asked"), ...report("a lowering by an admin is a marking.change")]).toEqual([]);
  });

  it("are all in the audit trail, dry runs too, with every hidden id they touched (for a reader cleared for it)", () => {
    expect(report("audited")).toEqual([]);
  });

  it("commit real changes in enough runs that refusing everything could not pass", () => {
    const committed = runs.filter((r) => r.committedChanges > 0);
    if (process.env.WRITE_PROPERTY_RUNS) {
      for (const r of runs) console.info(`run ${r.run}: ${r.importer.role} ${label(r.importer)} ${r.plan.mode} wild=${r.plan.wild} → ${r.status} (${r.committedChanges} changes) ${r.refusalReasons.join("; ")}`);
    }
    expect(runs.length).toBe(RUNS);
    expect(committed.length, `committed runs: ${committed.length}/${RUNS}, campaign ${campaignMs} ms`).toBeGreaterThanOrEqual(5);
    expect(runs.filter((r) => r.refusalReasons.length > 0 && r.status === "rejected").length).toBeGreaterThanOrEqual(5);
  });
});
