// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { inEvery, json, modelAnswer, resetStores, stubApi } from "../testing/fakeApi";
import { useViewStore } from "../view/viewStore";
import { DetailsPanel } from "../details/DetailsPanel";
import { QueriesPanel } from "./QueriesPanel";
import { WhatIfPanel } from "../whatif/WhatIfPanel";

const catalogIn = (language: string) => ({
  queries: [{
    id: "threat-coverage", category: "coverage", title: language === "nl" ? "Dekking van dreigingen" : "Threat coverage",
    description: "…", titles: { ...inEvery("Threat coverage"), nl: "Dekking van dreigingen" }, descriptions: inEvery("…"),
    params: { type: "object", properties: { threshold: { type: "integer", minimum: 1, maximum: 100, default: 3 } } }, columns: [],
  }],
});

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  stubApi([modelAnswer, ["GET", "/api/queries", ({ url }) => json(catalogIn(url.searchParams.get("lang") ?? "en"))]]);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage("en");
});

describe("the panels in another language", () => {
  it("switch their own texts, and the relationship types' names, to Dutch", async () => {
    useViewStore.setState({ selection: "sgrs--participates-in--cns" });
    render(<><DetailsPanel /><WhatIfPanel /></>);
    expect(screen.getByRole("heading", { name: "participates in" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "What-if mode" })).toBeTruthy();

    await act(() => i18next.changeLanguage("nl"));
    expect(screen.getByRole("heading", { name: "neemt deel aan" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Uiteinden" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Wat-als-modus" })).toBeTruthy();
    expect(screen.getByText(/Zet de wat-als-modus aan/)).toBeTruthy();
  });

  it("ask the server for the catalog again, in the new language, under translated categories", async () => {
    render(<QueriesPanel />);
    expect(await screen.findByRole("heading", { name: "Coverage" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Threat coverage/ })).toBeTruthy();

    await act(() => i18next.changeLanguage("nl"));
    expect(screen.getByRole("heading", { name: "Vragen" })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Dekking" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: /Dekking van dreigingen/ })).toBeTruthy();
  });

  it("keep a half-filled form across a language switch, relabelled", async () => {
    const user = userEvent.setup();
    render(<QueriesPanel />);
    await user.click(await screen.findByRole("button", { name: /Threat coverage/ }));
    const threshold = screen.getByLabelText(/Threshold/);
    await user.clear(threshold);
    await user.type(threshold, "9");

    await act(() => i18next.changeLanguage("nl"));
    expect(await screen.findByRole("heading", { name: "Dekking van dreigingen" })).toBeTruthy();
    expect(screen.getByLabelText(/Drempel/)).toHaveProperty("value", "9");
    expect(screen.getByRole("button", { name: "Uitvoeren" })).toBeTruthy();
  });

  it("speak French too", async () => {
    await act(() => i18next.changeLanguage("fr"));
    render(<DetailsPanel />);
    expect(screen.getByRole("heading", { name: "Détails" })).toBeTruthy();
    expect(screen.getByText(/Sélectionnez une entité/)).toBeTruthy();
  });
});
