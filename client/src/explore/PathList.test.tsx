// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { fakeElements, resetStores, UNMARKED } from "../testing/fakeApi";
import { PathList } from "./PathList";
import type { PathsAnswer } from "./pathsSchema";

const nothingFound = { nodes: [], edges: [], paths: [], length: null, truncated: false, ...UNMARKED };
const beyondTwelve: PathsAnswer = {
  ...nothingFound, connected: true, hopLimit: { maxHops: 12, reached: true, shortestHops: 13 },
};
const notConnected: PathsAnswer = {
  ...nothingFound, connected: false, hopLimit: { maxHops: 12, reached: false, shortestHops: null },
};
const cutList: PathsAnswer = {
  nodes: fakeElements.nodes,
  edges: [...fakeElements.edges, { data: { id: "sgrs--cooperates-with--ctif", source: "sgrs", target: "ctif", type: "COOPERATES_WITH" } }],
  paths: [
    { nodes: ["ocam", "sgrs", "ctif"], edges: ["sgrs--disseminates-to--ocam", "sgrs--disseminates-to--ctif"] },
    { nodes: ["ocam", "sgrs", "ctif"], edges: ["sgrs--disseminates-to--ocam", "sgrs--cooperates-with--ctif"] },
  ],
  length: 2, connected: true, hopLimit: { maxHops: 12, reached: false, shortestHops: null }, truncated: true, ...UNMARKED,
};

beforeAll(() => setupI18n("en"));
beforeEach(async () => {
  resetStores();
  await i18next.changeLanguage("en");
});
afterEach(cleanup);

const show = (answer: PathsAnswer) => render(<PathList answer={answer} onShow={() => undefined} />);

describe("PathList", () => {
  it("says the search stopped at its hop limit, and how long the shortest path is, instead of 'no path'", () => {
    show(beyondTwelve);
    expect(screen.getByRole("note").textContent).toBe(
      "No path within 12 steps: the search stops there. They are connected all the same, by a shortest path of 13 steps.",
    );
    expect(screen.queryByText("No path joins them.")).toBeNull();
  });

  it("says 'no path' only when the two are not connected at all", () => {
    show(notConnected);
    expect(screen.getByText("No path joins them.")).toBeTruthy();
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("says when more shortest paths exist than are listed", () => {
    show(cutList);
    expect(screen.getByRole("note").textContent).toBe("Only the first 2 shortest paths are listed; there are more.");
  });

  it("says all three in French and Dutch", async () => {
    await i18next.changeLanguage("fr");
    show(beyondTwelve);
    expect(screen.getByRole("note").textContent).toBe(
      "Aucun chemin de 12 étapes au plus : la recherche s'arrête là. Ils sont pourtant reliés, par un plus court chemin de 13 étapes.",
    );
    cleanup();
    show(cutList);
    expect(screen.getByRole("note").textContent).toContain("Seuls les 2 premiers plus courts chemins sont listés");
    cleanup();
    await i18next.changeLanguage("nl");
    show(beyondTwelve);
    expect(screen.getByRole("note").textContent).toBe(
      "Geen pad van ten hoogste 12 stappen: het zoeken stopt daar. Toch zijn ze verbonden, via een kortste pad van 13 stappen.",
    );
    cleanup();
    show(notConnected);
    expect(screen.getByText("Geen pad verbindt ze.")).toBeTruthy();
  });
});
