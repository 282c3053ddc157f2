// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { setUpExploreComponentTests } from "./testing/componentTestSetup";
import { seedModel } from "./testing/exploreFixtures";
import { useViewStore } from "../view/viewStore";
import { Legend } from "./Legend";

setUpExploreComponentTests();

describe("the legend", () => {
  it("lists every kind of the model with its count on the canvas", () => {
    render(<Legend />);
    const legend = screen.getByTestId("legend");
    for (const kind of seedModel.kinds) expect(legend.querySelector(`[data-kind="${kind.id}"]`)).not.toBeNull();
    const services = legend.querySelector('[data-kind="Service"]') as HTMLElement;
    expect(within(services).getByRole("button").getAttribute("aria-label")).toBe("Intelligence service, 2 on the canvas");
  });

  it("toggles a kind off and on, showing the state in aria-pressed", async () => {
    const user = userEvent.setup();
    render(<Legend />);
    const partner = screen.getByRole("button", { name: /^Partner,/ });
    expect(partner.getAttribute("aria-pressed")).toBe("true");
    await user.click(partner);
    expect(useViewStore.getState().hiddenKinds).toEqual(["Partner"]);
    expect(partner.getAttribute("aria-pressed")).toBe("false");
    await user.click(partner);
    expect(useViewStore.getState().hiddenKinds).toEqual([]);
    expect(partner.getAttribute("aria-pressed")).toBe("true");
  });

  it("toggles a relationship type", async () => {
    const user = userEvent.setup();
    render(<Legend />);
    await user.click(screen.getByRole("button", { name: /^participates in,/ }));
    expect(useViewStore.getState().hiddenTypes).toEqual(["PARTICIPATES_IN"]);
    expect(screen.getByRole("button", { name: /^participates in,/ }).getAttribute("aria-pressed")).toBe("false");
  });

  it("names kinds in the reader's language", async () => {
    await i18next.changeLanguage("fr");
    render(<Legend />);
    expect(screen.getByRole("heading", { name: "Légende" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Service de renseignement, 2 sur le graphe" })).toBeTruthy();
  });
});
