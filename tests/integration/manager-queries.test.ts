import fc from "fast-check";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inScope, type AnalysisScope } from "../../contract/analysis-scope.ts";
import { canSee, type Classification, type Clearance } from "../../contract/markings.ts";
import { markingOfProps } from "../../server/access/answer-marking.ts";
import { viewerFor } from "../../server/access/viewer.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openTestDatabase, restoreSeedAndClose } from "../support/database.ts";
import {
  liaisonsWithoutFlow, oneWayFlows, partnersOutsideBodies, singleSourceFacts, type Counts, type SmallGraph,
} from "../support/manager-queries-reference.ts";
import { RawGraph, type EdgeToWrite, type NodeToWrite } from "../support/raw-graph.ts";
import { createTestUser, startTestServer, TEST_CAVEATS, type TestClient, type TestServer } from "../support/server.ts";

/**
 * The four questions managers asked in issue 13, each checked against its definition by
 * brute force (tests/support/manager-queries-reference.ts) on small random graphs written
 * straight into Neo4j: random kinds, parallel and reverse relationships, markings,
 * confidence, import sources, documents and expired elements. Each run asks the API as the
 * cleared test admin and as an analyst cleared to RESTRICTED without caveats (what the
 * analyst may not see must answer as if missing, and never be named), and runs the Cypher
 * with a random analysis scope (minimum confidence, import sources).
 */
const RUNS = 15;
/** A fixed seed: each run of the suite tries the same graphs, so the checks below that runs found something cannot flicker. */
const SEED = 20261207;
/** Each run writes a graph and asks Neo4j a dozen times: about a few seconds on two shared cores. */
const PROPERTY_TIMEOUT_MS = 300_000;
const NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Foxtrot", "Golf", "Hotel", "India", "Juliett"];
const EXPIRED = new neo4j.types.Date(2015, 1, 1);
const AS_OF = "2020-01-01";
const ADMIN: Clearance = { level: "SECRET", caveats: TEST_CAVEATS };
const ANALYST: Clearance = { level: "RESTRICTED", caveats: [] };
type Language = "fr" | "nl" | "en";

/** The kinds each relationship type joins in these graphs (the model's, plus flows back from partners). */
const ENDS: Record<string, [string[], string[]]> = {
  DISSEMINATES_TO: [["Service", "Partner"], ["Service", "Partner"]],
  COOPERATES_WITH: [["Service"], ["Service", "Partner"]],
  ASSIGNS: [["Service"], ["Liaison"]],
  MANAGES: [["Service"], ["Liaison"]],
  POSTED_TO: [["Liaison"], ["Service", "Partner"]],
  PARTICIPATES_IN: [["Service", "Partner", "Authority"], ["Body"]],
};

interface ElementPlan {
  level: Classification; caveat: boolean; confidence: string | undefined; source: string | undefined;
  document: string | undefined; expired: boolean;
}
/** Relationships carry confidence far more often than entities do; most elements come from one import source. */
const planArb = (confidences: (string | undefined)[]): fc.Arbitrary<ElementPlan> => fc.record({
  level: fc.constantFrom<Classification>("UNCLASSIFIED", "UNCLASSIFIED", "UNCLASSIFIED", "UNCLASSIFIED", "RESTRICTED", "SECRET"),
  caveat: fc.constantFrom(false, false, false, true),
  confidence: fc.constantFrom(...confidences),
  source: fc.constantFrom(undefined, "alpha", "alpha", "alpha", "alpha", "beta"),
  document: fc.constantFrom(undefined, "doc-a", "doc-a", "doc-b", "doc-c"),
  expired: fc.constantFrom(false, false, false, false, true),
});
const nodePlanArb = planArb([undefined, undefined, undefined, undefined, "medium"]);
const edgePlanArb = planArb([undefined, undefined, "low", "medium", "high"]);
const graphArb: fc.Arbitrary<SmallGraph> = fc.record({
  extraKinds: fc.array(fc.constantFrom("Service", "Partner", "Partner", "Liaison", "Body", "Authority"), { maxLength: 5 }),
  nodes: fc.array(nodePlanArb, { minLength: 9, maxLength: 9 }),
  edges: fc.array(fc.record({
    type: fc.constantFrom(...Object.keys(ENDS), "DISSEMINATES_TO", "PARTICIPATES_IN", "POSTED_TO", "POSTED_TO", "ASSIGNS"),
    from: fc.nat(99), to: fc.nat(99), plan: edgePlanArb,
    role: fc.constantFrom(undefined, "chair", "permanent-member", "invitee", "invitee", "secretariat"),
    // Often a copy of an earlier relationship, reversed or parallel: flows back and second sources are what the questions are about.
    copy: fc.option(fc.record({ of: fc.nat(99), reverse: fc.boolean() }), { freq: 2 }),
  }), { minLength: 4, maxLength: 16 }),
}).map(({ extraKinds, nodes, edges }) => {
  const kinds = ["Service", "Partner", "Liaison", "Body", ...extraKinds];
  const written: NodeToWrite[] = kinds.map((kind, index) => ({
    id: `ent-0${index}`,
    kind,
    props: {
      ...propsOf(nodes[index]!),
      nameFr: `Entité ${NAMES[index]}`, nameNl: `Entiteit ${NAMES[index]}`, nameEn: `Entity ${NAMES[index]}`,
    },
  }));
  const links: EdgeToWrite[] = [];
  edges.forEach((edge, index) => {
    const id = `rel-${String(index).padStart(2, "0")}`;
    const props = propsOf(edge.plan);
    const original = edge.copy && links.length > 0 ? links[edge.copy.of % links.length]! : undefined;
    if (original) {
      const [source, target] = edge.copy!.reverse ? [original.target, original.source] : [original.source, original.target];
      links.push({ id, type: original.type, source, target, props: original.props.role ? { ...props, role: original.props.role } : props });
      return;
    }
    const [fromKinds, toKinds] = ENDS[edge.type]!;
    const sources = written.filter((node) => fromKinds.includes(node.kind));
    const targets = written.filter((node) => toKinds.includes(node.kind));
    if (sources.length === 0 || targets.length === 0) return;
    if (edge.type === "PARTICIPATES_IN" && edge.role) props.role = edge.role;
    links.push({ id, type: edge.type, props, source: sources[edge.from % sources.length]!.id, target: targets[edge.to % targets.length]!.id });
  });
  return { nodes: written, edges: links };
});

function propsOf(plan: ElementPlan): Record<string, unknown> {
  const props: Record<string, unknown> = { classification: plan.level };
  if (plan.caveat) props.caveats = "REL NATO";
  if (plan.confidence) props.confidence = plan.confidence;
  if (plan.source) props.provenanceSource = plan.source;
  if (plan.document) props.provenanceDocument = plan.document;
  if (plan.expired) props.validTo = EXPIRED;
  return props;
}

const askArb = fc.record({ asOf: fc.constantFrom<string | undefined>(undefined, AS_OF), language: fc.constantFrom<Language>("fr", "nl", "en") });
const scopeArb: fc.Arbitrary<AnalysisScope> = fc.record({
  minConfidence: fc.constantFrom<AnalysisScope["minConfidence"]>("low", "medium", "high"),
  sources: fc.constantFrom<readonly string[] | undefined>(undefined, undefined, ["alpha"], ["alpha", "beta"]),
}).map(({ minConfidence, sources }) => (sources ? { minConfidence, sources } : { minConfidence }));

/** Whether an element counts for a reader on a date (expired elements are gone on AS_OF), optionally under a scope. */
function countsFor(clearance: Clearance, asOf: string | undefined, scope?: AnalysisScope): Counts {
  return (props) => canSee(clearance, markingOfProps(props)) && (asOf === undefined || props.validTo === undefined) &&
    (scope === undefined || inScope(scope, props));
}

const nameIn = (graph: SmallGraph, id: string, language: Language) =>
  String(graph.nodes.find((node) => node.id === id)!.props[`name${language === "fr" ? "Fr" : language === "nl" ? "Nl" : "En"}`]);

/** What a reader with this clearance may not see: its ids and its names must appear nowhere in an answer. */
function hiddenWords(graph: SmallGraph, clearance: Clearance): string[] {
  const hiddenNodes = graph.nodes.filter((node) => !canSee(clearance, markingOfProps(node.props)));
  const hiddenIds = new Set(hiddenNodes.map((node) => node.id));
  const hiddenEdges = graph.edges.filter((edge) =>
    !canSee(clearance, markingOfProps(edge.props)) || hiddenIds.has(edge.source) || hiddenIds.has(edge.target));
  return [...hiddenNodes.flatMap((node) => [node.id, NAMES[Number(node.id.slice(-1))]!]), ...hiddenEdges.map((edge) => edge.id)];
}

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let raw: RawGraph;
let analyst: TestClient;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  api = await startTestServer({ db, model });
  raw = new RawGraph();
  const user = await createTestUser(db, { role: "analyst", clearance: ANALYST.level, caveats: [...ANALYST.caveats] });
  analyst = api.as(user.token);
});
afterAll(async () => {
  await api?.close();
  await raw?.close();
  await restoreSeedAndClose(db, model);
});

async function write(graph: SmallGraph): Promise<void> {
  await raw.replaceEntities(graph.nodes, graph.edges);
  await db.query("seed/bump-graph-version", {}, "WRITE");
}

interface Answer { rows: Record<string, any>[]; summary: string; highlight: { nodes: string[]; edges: string[] }; [extra: string]: unknown }

async function ask(client: TestClient, id: string, params: Record<string, unknown>, language: Language): Promise<Answer> {
  const { status, body } = await client.request(`/api/queries/${id}/run?lang=${language}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params }),
  });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as Answer;
}

/** Runs that found something, and runs where markings changed the answer: a property test must not pass on empty answers. */
interface Tally { withFindings: number; hidingMattered: number; scopeMattered: number }
const newTally = (): Tally => ({ withFindings: 0, hidingMattered: 0, scopeMattered: 0 });
function expectTellingRuns(tally: Tally): void {
  expect(tally.withFindings).toBeGreaterThanOrEqual(RUNS / 5);
  expect(tally.hidingMattered).toBeGreaterThanOrEqual(1);
  expect(tally.scopeMattered).toBeGreaterThanOrEqual(1);
}

/** The brute-force answer for the scoped run, noting in the tally when the scope changed it. */
function scoped<T>(tally: Tally, answer: (counts: Counts) => Map<string, T>, asOf: string | undefined, scope: AnalysisScope): Map<string, T> {
  const inScopeAnswer = answer(countsFor(ADMIN, asOf, scope));
  if (JSON.stringify([...byKey([...inScopeAnswer])]) !== JSON.stringify([...byKey([...answer(countsFor(ADMIN, asOf))])])) tally.scopeMattered += 1;
  return inScopeAnswer;
}

/**
 * Runs `check` for both readers through the API, and checks that the analyst's answer names
 * nothing it may not see and that no summary shows a raw id.
 */
async function askBoth(
  graph: SmallGraph, id: string, params: Record<string, unknown>, ask_: { asOf?: string; language: Language; tally: Tally },
  check: (answer: Answer, counts: Counts) => void,
): Promise<void> {
  const withDate = ask_.asOf ? { ...params, asOf: ask_.asOf } : params;
  const answers: Answer[] = [];
  for (const [client, clearance] of [[api, ADMIN], [analyst, ANALYST]] as const) {
    const answer = await ask(client, id, withDate, ask_.language);
    answers.push(answer);
    check(answer, countsFor(clearance, ask_.asOf));
    expect(answer.summary).not.toMatch(/ent-0|rel-\d/);
    if (clearance === ANALYST) {
      const text = JSON.stringify(answer);
      expect(hiddenWords(graph, ANALYST).filter((word) => text.includes(word))).toEqual([]);
    }
  }
  if (answers[0]!.rows.length > 0) ask_.tally.withFindings += 1;
  if (JSON.stringify(answers[0]!.rows) !== JSON.stringify(answers[1]!.rows)) ask_.tally.hidingMattered += 1;
}

const readerWithScope = (scope: AnalysisScope) => db.forViewer(viewerFor(ADMIN), scope);
const asOfParam = (asOf: string | undefined) => (asOf ? new neo4j.types.Date(2020, 1, 1) : null);
const byKey = <T>(entries: [string, T][]) => new Map(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

describe("reciprocity: product flows that go one way only", () => {
  it("lists exactly the pairs with a flow one way and none back, naming both ends in the reader's language", async () => {
    const tally = newTally();
    await fc.assert(fc.asyncProperty(graphArb, askArb, scopeArb, async (graph, asked, scope) => {
      await write(graph);
      await askBoth(graph, "reciprocity", {}, { ...asked, tally }, (answer, counts) => {
        const expected = oneWayFlows(graph, counts);
        expect(byKey(answer.rows.map((row) => [`${row.source}>${row.target}`, row.edgeIds]))).toEqual(byKey([...expected]));
        for (const row of answer.rows) {
          expect([row.from, row.to, row.type]).toEqual([nameIn(graph, row.source, asked.language), nameIn(graph, row.target, asked.language), "DISSEMINATES_TO"]);
        }
        expect(answer.highlight.edges.sort()).toEqual([...expected.values()].flat().sort());
      });
      const rows = await readerWithScope(scope).query("analytics/reciprocity", { asOf: asOfParam(asked.asOf) });
      expect(byKey(rows.map((row) => [`${row.source}>${row.target}`, (row.edgeIds as string[]).sort()])))
        .toEqual(byKey([...scoped(tally, (counts) => oneWayFlows(graph, counts), asked.asOf, scope)]));
    }), { numRuns: RUNS, seed: SEED });
    expectTellingRuns(tally);
  }, PROPERTY_TIMEOUT_MS);
});

describe("partners-outside-bodies: partners that sit in no coordination body", () => {
  it("lists exactly the partners with no seat in a body, counting invitations as seats only when asked", async () => {
    const tally = newTally();
    await fc.assert(fc.asyncProperty(graphArb, askArb, scopeArb, fc.boolean(), async (graph, asked, scope, countInvitees) => {
      await write(graph);
      await askBoth(graph, "partners-outside-bodies", { countInvitees }, { ...asked, tally }, (answer, counts) => {
        const expected = partnersOutsideBodies(graph, counts, countInvitees);
        expect(byKey(answer.rows.map((row) => [row.id, row.invitedTo]))).toEqual(byKey([...expected]));
        for (const row of answer.rows) expect(row.name).toBe(nameIn(graph, row.id, asked.language));
      });
      const rows = await readerWithScope(scope).query("analytics/partners-outside-bodies", { countInvitees, asOf: asOfParam(asked.asOf) });
      expect(byKey(rows.map((row) => [String(row.id), (row.invitedTo as string[]).sort()])))
        .toEqual(byKey([...scoped(tally, (counts) => partnersOutsideBodies(graph, counts, countInvitees), asked.asOf, scope)]));
    }), { numRuns: RUNS, seed: SEED });
    expectTellingRuns(tally);
  }, PROPERTY_TIMEOUT_MS);
});

describe("liaison-without-flow: a liaison but no product flow", () => {
  it("lists exactly the service–entity pairs joined by a liaison with no flow either way", async () => {
    const tally = newTally();
    await fc.assert(fc.asyncProperty(graphArb, askArb, scopeArb, async (graph, asked, scope) => {
      await write(graph);
      await askBoth(graph, "liaison-without-flow", {}, { ...asked, tally }, (answer, counts) => {
        const expected = liaisonsWithoutFlow(graph, counts);
        expect(byKey(answer.rows.map((row) => [`${row.serviceId}>${row.partnerId}`, { liaisons: row.liaisonIds, edgeIds: row.edgeIds }])))
          .toEqual(byKey([...expected]));
        for (const row of answer.rows) {
          expect([row.service, row.partner]).toEqual([nameIn(graph, row.serviceId, asked.language), nameIn(graph, row.partnerId, asked.language)]);
        }
      });
      const rows = await readerWithScope(scope).query("analytics/liaison-without-flow", { asOf: asOfParam(asked.asOf) });
      expect(byKey(rows.map((row) => [`${row.service}>${row.partner}`, {
        liaisons: (row.liaisons as { id: string }[]).map((liaison) => liaison.id).sort(), edgeIds: (row.edgeIds as string[]).sort(),
      }]))).toEqual(byKey([...scoped(tally, (counts) => liaisonsWithoutFlow(graph, counts), asked.asOf, scope)]));
    }), { numRuns: RUNS, seed: SEED });
    expectTellingRuns(tally);
  }, PROPERTY_TIMEOUT_MS);
});

describe("single-source-facts: elements resting on one source document", () => {
  it("lists exactly the elements no other document confirms, with their document and a count per document", async () => {
    const tally = newTally();
    await fc.assert(fc.asyncProperty(graphArb, askArb, scopeArb, async (graph, asked, scope) => {
      await write(graph);
      await askBoth(graph, "single-source-facts", {}, { ...asked, tally }, (answer, counts) => {
        const expected = singleSourceFacts(graph, counts);
        expect(byKey(answer.rows.map((row) => [row.id, row.document]))).toEqual(byKey([...expected]));
        const perDocument = new Map<string, number>();
        for (const document of expected.values()) perDocument.set(document, (perDocument.get(document) ?? 0) + 1);
        expect(byKey((answer.documents as { document: string; count: number }[]).map((d) => [d.document, d.count])))
          .toEqual(byKey([...perDocument]));
        for (const [document, count] of perDocument) expect(answer.summary).toContain(`${document} (${count})`);
      });
      const reader = readerWithScope(scope);
      const params = { asOf: asOfParam(asked.asOf) };
      const rows = [
        ...await reader.query("analytics/single-source-entities", params),
        ...await reader.query("analytics/single-source-relationships", params),
      ];
      expect(byKey(rows.map((row) => [String(row.id), String(row.document)])))
        .toEqual(byKey([...scoped(tally, (counts) => singleSourceFacts(graph, counts), asked.asOf, scope)]));
    }), { numRuns: RUNS, seed: SEED });
    expectTellingRuns(tally);
  }, PROPERTY_TIMEOUT_MS);
});

describe("what the manager questions rest on", () => {
  const node = (id: string, kind: string, name: string, props: Record<string, unknown> = {}): NodeToWrite =>
    ({ id, kind, props: { nameFr: name, nameNl: name, nameEn: name, provenanceDocument: "doc-a", ...props } });
  const edge = (id: string, type: string, source: string, target: string, props: Record<string, unknown> = {}): EdgeToWrite =>
    ({ id, type, source, target, props: { provenanceDocument: "doc-a", ...props } });
  const graph: SmallGraph = {
    nodes: [
      node("svc", "Service", "Service Nord"), node("ptn", "Partner", "Cellule Est"), node("quiet", "Partner", "Cellule Calme"),
      node("hid", "Partner", "Bureau Caché", { classification: "SECRET", provenanceDocument: "doc-hidden" }),
      node("bdy", "Body", "Comité Sud"), node("lia", "Liaison", "Poste Ouest"),
    ],
    edges: [
      edge("flow-out", "DISSEMINATES_TO", "svc", "ptn"),
      edge("flow-back", "DISSEMINATES_TO", "ptn", "svc", { confidence: "low" }),
      edge("flow-hidden", "DISSEMINATES_TO", "svc", "hid"),
      edge("seat", "PARTICIPATES_IN", "ptn", "bdy", { confidence: "low", role: "permanent-member" }),
      edge("assigns", "ASSIGNS", "svc", "lia"),
      edge("posted", "POSTED_TO", "lia", "ptn"),
      edge("posted-hidden", "POSTED_TO", "lia", "quiet", { classification: "SECRET" }),
    ],
  };
  beforeAll(() => write(graph));

  it("answers a reader as if what it may not see were missing: no row, no name, no document of it", async () => {
    const hidden: Record<string, string> = {
      "reciprocity": "flow-hidden", "partners-outside-bodies": "Bureau Caché", "liaison-without-flow": "posted-hidden",
      "single-source-facts": "doc-hidden",
    };
    for (const [id, word] of Object.entries(hidden)) {
      expect(JSON.stringify(await ask(api, id, {}, "en")), id).toContain(word);
      const narrow = JSON.stringify(await ask(analyst, id, {}, "en"));
      for (const secret of ["Bureau Caché", '"hid"', "flow-hidden", "posted-hidden", "doc-hidden"]) expect(narrow, id).not.toContain(secret);
    }
    const partners = await ask(analyst, "partners-outside-bodies", {}, "en");
    expect(partners.rows.map((row) => row.id)).toEqual(["quiet"]);
    expect(partners.summary).toMatch(/^1 partner\(s\) sit in no coordination body: Cellule Calme\./);
    expect((await ask(analyst, "liaison-without-flow", {}, "en")).rows).toEqual([]);
  });

  it("leaves out links below the minimum confidence: a flow back or a seat that is only assumed no longer counts", async () => {
    const low = db.forViewer(viewerFor(ADMIN), { minConfidence: "low" });
    const high = db.forViewer(viewerFor(ADMIN), { minConfidence: "high" });
    const pairs = async (reader: typeof low) =>
      (await reader.query("analytics/reciprocity", { asOf: null })).map((row) => `${row.source}>${row.target}`).sort();
    expect(await pairs(low)).toEqual(["svc>hid"]);
    expect(await pairs(high)).toEqual(["svc>hid", "svc>ptn"]);
    const outside = async (reader: typeof low) =>
      (await reader.query("analytics/partners-outside-bodies", { countInvitees: true, asOf: null })).map((row) => row.id).sort();
    expect(await outside(low)).toEqual(["hid", "quiet"]);
    expect(await outside(high)).toEqual(["hid", "ptn", "quiet"]);
  });
});
