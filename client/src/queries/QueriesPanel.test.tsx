// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { deferred, inEvery, json, modelAnswer, resetStores, stubApi, UNASSUMED, UNMARKED, type FakeRoute } from "../testing/fakeApi";
import { useViewStore } from "../view/viewStore";
import { QueriesPanel } from "./QueriesPanel";

const entityId = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$" };
const asOf = { type: "string", format: "date" };

const catalog = {
  queries: [
    {
      id: "dissemination-without-liaison", category: "gaps",
      title: "Partners depending on a service's products without a liaison",
      description: "Partners that receive a service's products but to which the service has posted no liaison officer.",
      titles: inEvery("Partners depending on a service's products without a liaison"), descriptions: inEvery("…"),
      params: { type: "object", properties: { service: { ...entityId, default: "sgrs" }, asOf } },
      columns: [{ key: "name", names: inEvery("Partner") }, { key: "kind", names: inEvery("Kind") }, { key: "products", names: inEvery("Products received") }],
    },
    {
      id: "threat-coverage", category: "coverage", title: "Threat coverage",
      description: "Per threat, the services and projects addressing it.",
      titles: inEvery("Threat coverage"), descriptions: inEvery("…"),
      params: { type: "object", properties: { threshold: { type: "integer", minimum: 1, maximum: 100, default: 3 }, asOf } },
      columns: [{ key: "name", names: inEvery("Threat") }, { key: "services", names: inEvery("Services") }],
    },
  ],
};

const answer = {
  query: "dissemination-without-liaison",
  columns: [{ key: "name", title: "Partner" }, { key: "kind", title: "Kind" }, { key: "products", title: "Products received" }],
  rows: [
    { id: "ctif", name: "Financial Intelligence Processing Unit", kind: "Partner", products: "assessments" },
    { id: "customs", name: "Customs", kind: "Partner", products: null },
  ],
  highlight: { nodes: ["sgrs", "ctif", "customs"], edges: ["sgrs--disseminates-to--ctif"] },
  summary: "2 partner(s) receive sgrs's products with no liaison from it: Financial Intelligence Processing Unit, Customs.",
  graphVersion: 1,
  asOf: null,
  ...UNMARKED,
  ...UNASSUMED,
};

const catalogAnswer: FakeRoute = ["GET", "/api/queries", () => json(catalog)];

beforeAll(() => setupI18n("en"));
beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function choose(title: RegExp) {
  await userEvent.click(await screen.findByRole("button", { name: title }));
}

describe("QueriesPanel", () => {
  it("lists the catalog under localised category names", async () => {
    stubApi([modelAnswer, catalogAnswer]);
    render(<QueriesPanel />);
    const gaps = await screen.findByRole("region", { name: "Gaps" });
    expect(within(gaps).getByRole("button", { name: /without a liaison/ })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Coverage" })).toBeTruthy();
  });

  it("shows that a query is running, then its summary and rows, emphasises the findings and keeps the query in the view", async () => {
    const held = deferred<Response>();
    const { requests } = stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => held.promise]]);
    render(<QueriesPanel />);
    await choose(/without a liaison/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));

    expect(screen.getByRole("status").textContent).toContain("Running the query");
    held.resolve(json(answer));

    expect(await screen.findByText(/2 partner\(s\) receive/)).toBeTruthy();
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Partner", "Kind", "Products received"]);
    expect(within(table).getByText("Customs")).toBeTruthy();
    // Kinds by the model's name, not the label.
    expect(within(table).getAllByText("Partner")).toHaveLength(3);

    const run = requests.find((r) => r.method === "POST");
    expect(run?.url.pathname).toBe("/api/queries/dissemination-without-liaison/run");
    expect(run?.body).toEqual({ params: { service: "sgrs" } });
    const view = useViewStore.getState();
    expect(view.query).toEqual({ id: "dissemination-without-liaison", params: { service: "sgrs" } });
    expect(view.emphasis).toEqual({ source: "query", nodes: ["sgrs", "ctif", "customs"], edges: ["sgrs--disseminates-to--ctif"] });
  });

  it("marks the findings that rest on assumed links and says how many the assumptions hide", async () => {
    const assumed = {
      ...answer,
      assumptions: { minConfidence: "low", dependentFindings: 1, hiddenFindings: 2, dependent: ["customs"], hidden: ["dgcc", "nato"], compared: true },
    };
    stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json(assumed)]]);
    render(<QueriesPanel />);
    await choose(/without a liaison/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));

    const note = await screen.findByRole("note");
    expect(note.textContent).toBe("1 finding rests on assumed or inferred links (marked ◆). 2 more findings appear when only links a source states count.");
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.className.includes("query-results__row--assumed"))).toEqual([false, true]);
    expect(within(rows[1]!).getByLabelText(/Rests on an assumed/)).toBeTruthy();
  });

  it("shows a 400 problem's title and detail, and each parameter's error next to its field", async () => {
    stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json({
      type: "/problems/invalid-request", title: "Invalid request", status: 400,
      detail: "Invalid params.threshold: Too small: expected number to be >=1.",
      errors: [{ path: "params.threshold", message: "Too small: expected number to be >=1" }],
    }, 400)]]);
    render(<QueriesPanel />);
    await choose(/Threat coverage/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Invalid request");
    expect(alert.textContent).toContain("Invalid params.threshold");
    const threshold = screen.getByLabelText(/Threshold/);
    expect(threshold.getAttribute("aria-invalid")).toBe("true");
    const notes = (threshold.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(notes.join(" ")).toContain("Too small: expected number to be >=1");
  });

  it("says when nothing was found", async () => {
    stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json({ ...answer, rows: [], summary: "0 partner(s) receive sgrs's products with no liaison from it." })]]);
    render(<QueriesPanel />);
    await choose(/without a liaison/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(await screen.findByText(/Nothing found/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("selects and centres a row's entity when the row is clicked", async () => {
    stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json(answer)]]);
    render(<QueriesPanel />);
    await choose(/without a liaison/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));
    await userEvent.click(await screen.findByText("Customs"));
    expect(useViewStore.getState().selection).toBe("customs");
    expect(useViewStore.getState().focus?.id).toBe("customs");
  });

  it("runs the query a shared link carries when it opens", async () => {
    useViewStore.setState({ query: { id: "threat-coverage", params: { threshold: 5 } } });
    const { requests } = stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json({ ...answer, query: "threat-coverage", summary: "1 of 4 threats are addressed by fewer than 5." })]]);
    render(<QueriesPanel />);
    expect(await screen.findByText(/1 of 4 threats/)).toBeTruthy();
    expect(screen.getByLabelText(/Threshold/)).toHaveProperty("value", "5");
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({ params: { threshold: 5 } });
  });

  it("clears the query from the view and its findings from the canvas", async () => {
    stubApi([modelAnswer, catalogAnswer, ["POST", /\/run$/, () => json(answer)]]);
    render(<QueriesPanel />);
    await choose(/without a liaison/);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));
    await screen.findByRole("table");
    await userEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(useViewStore.getState().query).toBeNull();
    expect(useViewStore.getState().emphasis).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
