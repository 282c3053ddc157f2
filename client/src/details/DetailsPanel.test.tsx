// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { fakeElements, json, modelAnswer, resetStores, stubApi, UNMARKED, type FakeRoute } from "../testing/fakeApi";
import { useViewStore } from "../view/viewStore";
import { DetailsPanel } from "./DetailsPanel";

const attacheNetwork = {
  data: {
    id: "attache-network", kind: "Liaison", name: "defence and security attachés network",
    nameFr: "réseau d'attachés de défense et de sécurité", nameOfficialFr: true,
    nameNl: "netwerk van defensie- en veiligheidsattachés", nameOfficialNl: false,
    nameEn: "defence and security attachés network", nameOfficialEn: false,
    acronymFr: "RADS",
    form: "network", documented: true, classification: "UNCLASSIFIED",
    provenanceDocument: "source-sgrs-cooperation.fr.txt", provenanceLocator: "lines 21-22",
    provenanceLoadedBy: "seed", provenanceLoadedAt: "2026-11-28T00:00:00.000Z",
  },
  provenance: {
    document: "source-sgrs-cooperation.fr.txt", locator: "lines 21-22", loadedBy: "seed", loadedAt: "2026-11-28T00:00:00.000Z",
    excerpt: [
      { line: 21, text: "Le SGRS gère le réseau d'attachés de défense et de sécurité." },
      { line: 22, text: "Ces personnes n'ont pas de mission de renseignement proprement dite." },
    ],
  },
  relationships: [{ type: "MANAGES", direction: "in", count: 1 }, { type: "OWNS", direction: "in", count: 1 }],
  ...UNMARKED,
};

const neighbourhood = {
  nodes: [
    { data: { ...attacheNetwork.data, distance: 0 } },
    { data: { id: "sgrs", kind: "Service", name: "General Intelligence and Security Service", distance: 1 } },
    { data: { id: "defence", kind: "Authority", name: "Defence", distance: 1 } },
  ],
  edges: [
    { data: { id: "sgrs--manages--attache-network", source: "sgrs", target: "attache-network", type: "MANAGES" } },
    { data: { id: "defence--owns--attache-network", source: "defence", target: "attache-network", type: "OWNS" } },
  ],
  depth: 1, limit: 200, truncated: false, ...UNMARKED,
};

const nodeRoutes: FakeRoute[] = [
  modelAnswer,
  ["GET", "/api/nodes/attache-network", () => json(attacheNetwork)],
  ["GET", "/api/nodes/attache-network/neighbourhood", () => json(neighbourhood)],
];

beforeAll(() => setupI18n("en"));
beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("DetailsPanel", () => {
  it("asks for a selection when there is none", () => {
    stubApi([modelAnswer]);
    render(<DetailsPanel />);
    expect(screen.getByText(/Select an entity or a relationship/)).toBeTruthy();
  });

  it("shows the kind, the three names with the translation mark where a name is not official, and the acronyms", async () => {
    stubApi(nodeRoutes);
    useViewStore.setState({ selection: "attache-network" });
    render(<DetailsPanel />);

    expect(await screen.findByRole("heading", { name: "defence and security attachés network" })).toBeTruthy();
    expect(screen.getByText("Liaison")).toBeTruthy();
    const names = screen.getByRole("region", { name: "Names" });
    const french = within(names).getByText("French").nextElementSibling as HTMLElement;
    const dutch = within(names).getByText("Dutch").nextElementSibling as HTMLElement;
    const english = within(names).getByText("English").nextElementSibling as HTMLElement;
    expect(french.textContent).toBe("réseau d'attachés de défense et de sécurité");
    expect(dutch.textContent).toContain("netwerk van defensie- en veiligheidsattachés");
    expect(dutch.textContent).toContain("translation, not an official name");
    expect(english.textContent).toContain("translation, not an official name");
    expect(within(screen.getByRole("region", { name: "Acronyms" })).getByText("RADS")).toBeTruthy();
  });

  it("labels the other properties with the model's names", async () => {
    stubApi(nodeRoutes);
    useViewStore.setState({ selection: "attache-network" });
    render(<DetailsPanel />);
    const properties = await screen.findByRole("region", { name: "Properties" });
    expect(within(properties).getByText("Form").nextElementSibling?.textContent).toBe("network");
    expect(within(properties).getByText("Documented by the source").nextElementSibling?.textContent).toBe("yes");
    // Names, acronyms and provenance have their own sections.
    expect(within(properties).queryByText(/Name \(FR\)/)).toBeNull();
    expect(within(properties).queryByText("Source document")).toBeNull();
  });

  it("shows the provenance and quotes the source lines", async () => {
    stubApi(nodeRoutes);
    useViewStore.setState({ selection: "attache-network" });
    render(<DetailsPanel />);
    const source = await screen.findByRole("region", { name: "Source" });
    expect(within(source).getByText("source-sgrs-cooperation.fr.txt")).toBeTruthy();
    expect(within(source).getByText("lines 21-22")).toBeTruthy();
    expect(within(source).getByText("seed")).toBeTruthy();
    const quote = source.querySelector("blockquote");
    expect(quote?.textContent).toContain("Le SGRS gère le réseau d'attachés");
    expect(quote?.textContent).toContain("pas de mission de renseignement");
  });

  it("counts relationships by type and lists neighbours that select when clicked", async () => {
    stubApi(nodeRoutes);
    useViewStore.setState({ selection: "attache-network" });
    render(<DetailsPanel />);
    const relationships = await screen.findByRole("region", { name: /Relationships/ });
    expect(within(relationships).getByText("manages")).toBeTruthy();
    const neighbours = await screen.findByRole("region", { name: "Neighbours" });
    await userEvent.click(within(neighbours).getByRole("button", { name: /Defence/ }));
    expect(useViewStore.getState().selection).toBe("defence");
    expect(useViewStore.getState().focus?.id).toBe("defence");
  });

  it("shows a selected relationship's type, ends and properties", async () => {
    stubApi([modelAnswer]);
    useViewStore.setState({ selection: "sgrs--disseminates-to--ocam" });
    render(<DetailsPanel />);
    expect(screen.getByRole("heading", { name: "disseminates products to" })).toBeTruthy();
    const ends = screen.getByRole("region", { name: "Ends" });
    expect(within(ends).getByRole("button", { name: "General Intelligence and Security Service" })).toBeTruthy();
    expect(within(ends).getByRole("button", { name: "Coordination Unit for Threat Analysis" })).toBeTruthy();
    expect((await screen.findByText("Products")).nextElementSibling?.textContent).toBe("assessments");
  });

  it("finds paths to a picked entity, lists them and emphasises them on the canvas", async () => {
    const { requests } = stubApi([
      ...nodeRoutes,
      ["GET", "/api/search", () => json({ results: [{ data: { id: "ocam", kind: "Partner", name: "Coordination Unit for Threat Analysis" }, score: 1 }], ...UNMARKED })],
      ["GET", "/api/paths", () => json({
        nodes: [...fakeElements.nodes, { data: { id: "attache-network", kind: "Liaison", name: "defence and security attachés network" } }],
        edges: [
          { data: { id: "sgrs--manages--attache-network", source: "sgrs", target: "attache-network", type: "MANAGES" } },
          ...fakeElements.edges,
        ],
        paths: [{ nodes: ["attache-network", "sgrs", "ocam"], edges: ["sgrs--manages--attache-network", "sgrs--disseminates-to--ocam"] }],
        length: 2, connected: true, hopLimit: null, truncated: false, ...UNMARKED,
      })],
    ]);
    useViewStore.setState({ selection: "attache-network" });
    const user = userEvent.setup();
    render(<DetailsPanel />);
    const finder = await screen.findByRole("region", { name: "Paths from here" });
    await user.type(within(finder).getByRole("combobox", { name: "To" }), "ocam");
    await user.click(await screen.findByRole("option", { name: /Coordination Unit/ }));
    await user.click(within(finder).getByLabelText("The k shortest paths"));
    await user.click(within(finder).getByRole("button", { name: "Find" }));

    expect(await within(finder).findByText("1 path found")).toBeTruthy();
    expect(within(finder).getByRole("listitem").textContent).toMatch(/defence and security attachés network.*General Intelligence.*Coordination Unit/);
    const asked = requests.find((r) => r.url.pathname === "/api/paths")?.url.searchParams;
    expect(Object.fromEntries(asked ?? [])).toMatchObject({ from: "attache-network", to: "ocam", k: "3" });
    expect(useViewStore.getState().emphasis).toEqual({
      source: "path",
      nodes: ["attache-network", "sgrs", "ocam"],
      edges: ["sgrs--manages--attache-network", "sgrs--disseminates-to--ocam"],
    });
  });
});
