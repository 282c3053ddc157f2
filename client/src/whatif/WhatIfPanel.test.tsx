// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, modelAnswer, resetStores, stubApi, UNASSUMED, UNMARKED, type FakeRoute } from "../testing/fakeApi";
import { useViewStore } from "../view/viewStore";
import { WhatIfPanel } from "./WhatIfPanel";

const impact = {
  removed: { nodes: ["sgrs"], edges: ["sgrs--disseminates-to--ctif", "sgrs--disseminates-to--ocam", "sgrs--meets-informally--vsse"] },
  cutOff: ["ctif", "customs", "ocam"],
  separated: [{ members: ["ctif", "customs"] }, { members: ["ocam"] }],
  newArticulationPoints: ["vsse"],
  redundancy: { lost: [{ from: "vsse", to: "ocam", before: 3, after: 0 }], pairsChecked: 12, truncated: false },
  centrality: {
    shifts: [
      { node: "cns", before: 0.4, after: 0.15, change: -0.25 },
      { node: "vsse", before: 0.01, after: 0.03, change: 0.02 },
    ],
    exact: true,
    sampleSize: 6,
  },
  graphVersion: 1,
  ...UNMARKED,
  ...UNASSUMED,
};

const whatIfAnswer: FakeRoute = ["POST", "/api/what-if", () => json(impact)];

beforeAll(() => setupI18n("en"));
beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("WhatIfPanel", () => {
  it("switches what-if mode on and off in the view", async () => {
    stubApi([modelAnswer]);
    render(<WhatIfPanel />);
    const toggle = screen.getByRole("switch", { name: "What-if mode" });
    await userEvent.click(toggle);
    expect(useViewStore.getState().whatIf).toEqual({ nodes: [], edges: [] });
    await userEvent.click(toggle);
    expect(useViewStore.getState().whatIf).toBeNull();
  });

  it("marks the selected entity and relationship, posts them, shows who is cut off and draws the impact", async () => {
    const { requests } = stubApi([modelAnswer, whatIfAnswer]);
    useViewStore.setState({ whatIf: { nodes: [], edges: [] }, selection: "sgrs" });
    const user = userEvent.setup();
    render(<WhatIfPanel />);

    await user.click(screen.getByRole("button", { name: "Mark selection as removed" }));
    useViewStore.getState().select("sgrs--meets-informally--vsse");
    await user.click(await screen.findByRole("button", { name: "Mark selection as removed" }));
    expect(useViewStore.getState().whatIf).toEqual({ nodes: ["sgrs"], edges: ["sgrs--meets-informally--vsse"] });
    const marked = screen.getByRole("region", { name: /Marked as removed/ });
    expect(within(marked).getByText("General Intelligence and Security Service")).toBeTruthy();
    expect(within(marked).getByText("General Intelligence and Security Service → State Security")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Analyse" }));
    const cutOff = await screen.findByRole("region", { name: /Cut off/ });
    expect(within(cutOff).getByRole("button", { name: "Customs" })).toBeTruthy();
    expect(within(cutOff).getByRole("button", { name: "Financial Intelligence Processing Unit" })).toBeTruthy();
    expect(within(cutOff).getByRole("button", { name: "Coordination Unit for Threat Analysis" })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: /New single points of failure/ })).getByRole("button", { name: "State Security" })).toBeTruthy();
    expect(screen.getByRole("region", { name: /Redundancy lost/ }).textContent).toContain("3 → 0");
    expect(screen.getByRole("img", { name: /Betweenness before and after/ })).toBeTruthy();

    expect(requests.find((r) => r.method === "POST")?.body).toEqual({ removeNodes: ["sgrs"], removeRelationships: ["sgrs--meets-informally--vsse"], minConfidence: "low" });
    expect(useViewStore.getState().whatIfImpact).toEqual({
      removedNodes: impact.removed.nodes,
      removedEdges: impact.removed.edges,
      cutOff: impact.cutOff,
      newArticulationPoints: ["vsse"],
    });
  });

  it("counts only the links and sources asked for, and says what of the impact rests on assumptions", async () => {
    const assumed = {
      ...impact,
      assumptions: { minConfidence: "medium", dependentFindings: 2, hiddenFindings: 0, dependent: ["cut-off:ctif", "cut-off:customs"], hidden: [], compared: true },
    };
    const { requests } = stubApi([modelAnswer, ["POST", "/api/what-if", () => json(assumed)]]);
    useViewStore.setState({ whatIf: { nodes: ["sgrs"], edges: [] } });
    const user = userEvent.setup();
    render(<WhatIfPanel />);
    await screen.findByRole("region", { name: /Cut off/ });

    await user.selectOptions(screen.getByLabelText("Links counted"), "medium");
    await user.type(screen.getByLabelText("Import sources"), "seed, karate,");
    await user.click(screen.getByRole("button", { name: "Analyse" }));

    expect((await screen.findByRole("note")).textContent).toBe(
      "2 of these impacts rest on assumed or inferred links: they vanish when only links a source states count.");
    expect(requests.filter((r) => r.method === "POST").at(-1)?.body).toEqual({
      removeNodes: ["sgrs"], removeRelationships: [], minConfidence: "medium", sources: ["seed", "karate"],
    });
  });

  it("analyses the marks a shared link carries as soon as it opens", async () => {
    const { requests } = stubApi([modelAnswer, whatIfAnswer]);
    useViewStore.setState({ whatIf: { nodes: ["sgrs"], edges: [] }, asOf: "2024-01-01" });
    render(<WhatIfPanel />);
    expect(await screen.findByRole("region", { name: /Cut off/ })).toBeTruthy();
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({ removeNodes: ["sgrs"], removeRelationships: [], asOf: "2024-01-01", minConfidence: "low" });
  });

  it("removes one mark, and resets marks, impact and emphasis", async () => {
    stubApi([modelAnswer, whatIfAnswer]);
    useViewStore.setState({ whatIf: { nodes: ["sgrs", "cns"], edges: [] } });
    const user = userEvent.setup();
    render(<WhatIfPanel />);
    await screen.findByRole("region", { name: /Cut off/ });

    await user.click(screen.getByRole("button", { name: "Unmark National Security Council" }));
    expect(useViewStore.getState().whatIf).toEqual({ nodes: ["sgrs"], edges: [] });
    expect(screen.getByText(/The marks changed since this analysis/)).toBeTruthy();

    useViewStore.getState().setEmphasis({ source: "query", nodes: ["sgrs"], edges: [] });
    await user.click(screen.getByRole("button", { name: "Reset" }));
    const view = useViewStore.getState();
    expect(view.whatIf).toEqual({ nodes: [], edges: [] });
    expect(view.whatIfImpact).toBeNull();
    expect(view.emphasis).toBeNull();
    expect(screen.queryByRole("region", { name: /Cut off/ })).toBeNull();
  });

  it("shows the problem when the analysis fails", async () => {
    stubApi([modelAnswer, ["POST", "/api/what-if", () => json({ type: "/problems/not-found", title: "Not found", status: 404, detail: "No entity has id \"gone\" (removeNodes)." }, 404)]]);
    useViewStore.setState({ whatIf: { nodes: ["gone"], edges: [] } });
    render(<WhatIfPanel />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Not found");
    expect(alert.textContent).toContain("No entity has id \"gone\"");
  });
});
