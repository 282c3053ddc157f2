// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, modelWithValueNames, modelWithValueNamesAnswer, resetStores, stubApi, UNMARKED } from "../testing/fakeApi";
import { useGraphStore } from "../graph/graphStore";
import { useViewStore } from "../view/viewStore";
import { DetailsPanel } from "./DetailsPanel";

/** An entity the source names in French only, described in French, with coded values. */
const liaisonPost = {
  data: {
    id: "liaison-ocam", kind: "Liaison", name: "officier de liaison auprès de l'OCAM",
    nameFr: "officier de liaison auprès de l'OCAM", nameOfficialFr: false,
    descriptionFr: "Assure le lien entre le SGRS et l'OCAM.",
    form: "post", classification: "UNCLASSIFIED", confidence: "medium",
  },
  provenance: { document: null, locator: null, loadedBy: null, loadedAt: null, excerpt: [] },
  relationships: [],
  ...UNMARKED,
};

const routes = () => stubApi([
  modelWithValueNamesAnswer,
  ["GET", "/api/nodes/liaison-ocam", () => json(liaisonPost)],
  ["GET", "/api/nodes/liaison-ocam/neighbourhood", () => json({ nodes: [], edges: [], depth: 1, limit: 200, truncated: false, ...UNMARKED })],
]);

/** A property's value by the property's name (its label is the model's to change). */
const row = (property: string) => {
  const value = document.querySelector(`[data-property="${property}"] dd`);
  if (!(value instanceof HTMLElement)) throw new Error(`no property ${property} shown`);
  return value;
};

beforeAll(() => setupI18n("en"));
beforeEach(() => resetStores(modelWithValueNames()));
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => i18next.changeLanguage("en"));
});

describe("the details panel's values and texts in the reader's language", () => {
  it("names enum values by the model's names, never by their codes, in Dutch", async () => {
    await act(() => i18next.changeLanguage("nl"));
    routes();
    useViewStore.setState({ selection: "liaison-ocam" });
    render(<DetailsPanel />);
    await screen.findByRole("region", { name: "Eigenschappen" }, { timeout: 5000 });
    expect(row("form").textContent).toBe("post");
    expect(row("classification").textContent).toBe("Niet geclassificeerd");
    expect(row("confidence").textContent).toBe("gemiddeld");
    expect(screen.queryByText("UNCLASSIFIED")).toBeNull();
  });

  it("names a relationship's cadence in words (monthly), not as P1M", async () => {
    stubApi([modelWithValueNamesAnswer]);
    useGraphStore.setState({
      elements: {
        nodes: [{ data: { id: "cns", kind: "Body", name: "National Security Council" } }, { data: { id: "p1", kind: "Project", name: "Project 1" } }],
        edges: [{ data: { id: "cns--monitors--p1", source: "cns", target: "p1", type: "MONITORS", cadence: "P1M" } }],
      },
    });
    useViewStore.setState({ selection: "cns--monitors--p1" });
    render(<DetailsPanel />);
    await screen.findByRole("region", { name: "Properties" }, { timeout: 5000 });
    expect(row("cadence").textContent).toBe("monthly");
    expect(screen.queryByText("P1M")).toBeNull();
  });

  it("marks French text shown in the Dutch UI as French: lang=fr and a visible FR mark saying so", async () => {
    await act(() => i18next.changeLanguage("nl"));
    routes();
    useViewStore.setState({ selection: "liaison-ocam" });
    render(<DetailsPanel />);
    await screen.findByRole("region", { name: "Eigenschappen" }, { timeout: 5000 });
    const heading = screen.getByRole("heading", { name: /officier de liaison/ });
    expect(within(heading).getByText("officier de liaison auprès de l'OCAM").getAttribute("lang")).toBe("fr");
    expect(within(heading).getByTitle("Oorspronkelijke tekst in het Frans").textContent).toMatch(/^FR/);
    const description = row("descriptionFr");
    expect(within(description).getByText("Assure le lien entre le SGRS et l'OCAM.").getAttribute("lang")).toBe("fr");
    expect(within(description).getByTitle("Oorspronkelijke tekst in het Frans")).toBeTruthy();
  });

  it("marks it in the English UI too, and not at all in the French UI", async () => {
    routes();
    useViewStore.setState({ selection: "liaison-ocam" });
    const { unmount } = render(<DetailsPanel />);
    await screen.findByRole("region", { name: "Properties" }, { timeout: 5000 });
    expect(screen.getAllByTitle("Original text in French")).toHaveLength(2);
    unmount();

    await act(() => i18next.changeLanguage("fr"));
    render(<DetailsPanel />);
    await screen.findByRole("region", { name: "Propriétés" }, { timeout: 5000 });
    expect(screen.queryAllByTestId("original-language")).toEqual([]);
    expect(row("descriptionFr").textContent).toBe("Assure le lien entre le SGRS et l'OCAM.");
    expect(row("form").textContent).toBe("poste");
  });
});
