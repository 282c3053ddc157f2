import { vi } from "vitest";
import seedModel from "../../../server/model/graph-model.json";
import { useGraphStore } from "../graph/graphStore";
import type { GraphElements } from "../../../contract/elements.ts";
import { graphModelSchema } from "../../../contract/model.ts";
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

/** Fresh stores: the seed's model, the small graph, the default view. */
export function resetStores(): void {
  useGraphStore.setState({ model: graphModelSchema.parse(seedModel), elements: fakeElements, status: { type: "idle" } });
  useViewStore.setState({ ...defaultViewState, emphasis: null, whatIfImpact: null, focus: null });
}

/** A promise settled from outside, to hold an answer back and see the waiting state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
