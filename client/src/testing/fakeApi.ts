import { vi } from "vitest";
import seedModel from "../../../server/model/graph-model.json";
import { useGraphStore } from "../graph/graphStore";
import type { GraphElements } from "../../../contract/elements.ts";
import { graphModelSchema, type GraphModelDefinition } from "../../../contract/model.ts";
import { defaultViewState } from "../view/viewState";
import { useViewStore } from "../view/viewStore";

/**
 * For the panels' component tests: a stand-in `fetch` answering fixed API answers by
 * method and path (the end-to-end suite covers the real API), and a small graph.
 */
export interface FakeRequest {
  method: string;
  url: URL;
  body: unknown;
}

export type FakeRoute = [method: string, path: string | RegExp, answer: (request: FakeRequest) => Response | Promise<Response>];

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

/** Replaces `fetch`; every request is recorded, and one no route answers is a 404 problem naming it. */
export function stubApi(routes: FakeRoute[]) {
  const requests: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const method = (init?.method ?? "GET").toUpperCase();
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    const request = { method, url, body };
    requests.push(request);
    if (init?.signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    const route = routes.find(([m, path]) => m === method && (typeof path === "string" ? url.pathname === path : path.test(url.pathname)));
    if (!route) return json({ type: "/problems/not-found", title: "Not found", status: 404, detail: `no fake for ${method} ${url.pathname}` }, 404);
    return route[2](request);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { requests, fetchMock };
}

/** The `marking` member of an answer resting on unmarked data. */
export const UNMARKED = { marking: { classification: "UNCLASSIFIED" as const, caveats: [] } };

/** An analysis answer's scope part when every link counted and nothing rested on an assumption. */
export const UNASSUMED = {
  scope: { minConfidence: "low" as const },
  assumptions: { minConfidence: "low" as const, dependentFindings: 0, hiddenFindings: 0, dependent: [], hidden: [], compared: true },
};

/** The same text in the three languages, where a fixture's wording does not matter. */
export const inEvery = (text: string) => ({ fr: text, nl: text, en: text });

/** The seed's model, as `GET /api/model` serves it. */
export const modelAnswer: FakeRoute = ["GET", "/api/model", () => json(seedModel)];

/** Enum value names as the model gives them, for tests that must not wait for the seed model to carry them. */
const VALUE_NAMES: Record<string, Record<string, { fr: string; nl: string; en: string }>> = {
  classification: {
    UNCLASSIFIED: { fr: "Non classifié", nl: "Niet geclassificeerd", en: "Unclassified" },
    RESTRICTED: { fr: "Diffusion restreinte", nl: "Beperkte verspreiding", en: "Restricted" },
    CONFIDENTIAL: { fr: "Confidentiel", nl: "Vertrouwelijk", en: "Confidential" },
    SECRET: { fr: "Secret", nl: "Geheim", en: "Secret" },
    TOP_SECRET: { fr: "Très secret", nl: "Zeer geheim", en: "Top secret" },
  },
  confidence: {
    low: { fr: "faible", nl: "laag", en: "low" },
    medium: { fr: "moyenne", nl: "gemiddeld", en: "medium" },
    high: { fr: "élevée", nl: "hoog", en: "high" },
  },
  scope: {
    national: { fr: "nationale", nl: "nationaal", en: "national" },
    international: { fr: "internationale", nl: "internationaal", en: "international" },
  },
  form: { post: { fr: "poste", nl: "post", en: "post" }, network: { fr: "réseau", nl: "netwerk", en: "network" } },
  intensity: {
    close: { fr: "étroite", nl: "nauw", en: "close" },
    regular: { fr: "régulière", nl: "regelmatig", en: "regular" },
    occasional: { fr: "occasionnelle", nl: "occasioneel", en: "occasional" },
  },
  cadence: {
    P1W: { fr: "hebdomadaire", nl: "wekelijks", en: "weekly" },
    P1M: { fr: "mensuelle", nl: "maandelijks", en: "monthly" },
    P3M: { fr: "trimestrielle", nl: "driemaandelijks", en: "quarterly" },
    P6M: { fr: "semestrielle", nl: "halfjaarlijks", en: "half-yearly" },
    P1Y: { fr: "annuelle", nl: "jaarlijks", en: "yearly" },
  },
};

/** The seed's model with `valueNames` on its enum properties (only for values each enum lists). */
export function modelWithValueNames(): GraphModelDefinition {
  const model = graphModelSchema.parse(structuredClone(seedModel));
  const specs = [
    ...model.commonNodeProperties, ...model.commonProperties,
    ...model.kinds.flatMap((kind) => kind.properties), ...model.relationshipTypes.flatMap((type) => type.properties),
  ];
  for (const spec of specs) {
    const names = VALUE_NAMES[spec.name];
    if (names && spec.enum) spec.valueNames = Object.fromEntries(spec.enum.filter((value) => names[value]).map((value) => [value, names[value]!]));
  }
  return graphModelSchema.parse(model);
}

/** `GET /api/model` answering the model with value names. */
export const modelWithValueNamesAnswer: FakeRoute = ["GET", "/api/model", () => json(modelWithValueNames())];

export const fakeElements: GraphElements = {
  nodes: [
    { data: { id: "sgrs", kind: "Service", name: "General Intelligence and Security Service" } },
    { data: { id: "vsse", kind: "Service", name: "State Security" } },
    { data: { id: "ocam", kind: "Partner", name: "Coordination Unit for Threat Analysis" } },
    { data: { id: "ctif", kind: "Partner", name: "Financial Intelligence Processing Unit" } },
    { data: { id: "customs", kind: "Partner", name: "Customs" } },
    { data: { id: "cns", kind: "Body", name: "National Security Council" } },
  ],
  edges: [
    { data: { id: "sgrs--disseminates-to--ocam", source: "sgrs", target: "ocam", type: "DISSEMINATES_TO", products: "assessments" } },
    { data: { id: "sgrs--disseminates-to--ctif", source: "sgrs", target: "ctif", type: "DISSEMINATES_TO" } },
    { data: { id: "sgrs--meets-informally--vsse", source: "sgrs", target: "vsse", type: "MEETS_INFORMALLY" } },
    { data: { id: "sgrs--participates-in--cns", source: "sgrs", target: "cns", type: "PARTICIPATES_IN" } },
  ],
};

/** Fresh stores: the seed's model (or the one given), the small graph, the default view. */
export function resetStores(model: GraphModelDefinition = graphModelSchema.parse(seedModel)): void {
  useGraphStore.setState({ model, elements: fakeElements, status: { type: "idle" } });
  useViewStore.setState({ ...defaultViewState, emphasis: null, whatIfImpact: null, focus: null });
}

/** A promise settled from outside, to hold an answer back and see the waiting state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
