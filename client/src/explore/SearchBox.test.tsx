// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { node, resetStores } from "./testing/exploreFixtures";
import { useGraphStore } from "../graph/graphStore";
import { setupI18n } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";
import { SearchBox } from "./SearchBox";
import { UNMARKED } from "../testing/fakeApi";

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

const matches = [
  { ...node("sgrs", "Service", { name: "General Intelligence and Security Service", acronymEn: "GISS", acronymFr: "SGRS" }), score: 3 },
  { ...node("sgrs-liaison", "Liaison", { name: "SGRS liaison officers" }), score: 2 },
  { ...node("far", "Partner", { name: "Far partner", scope: "international" }), score: 1 },
];

/** A stand-in API: search answers `matches`, a neighbourhood answers the node and one neighbour. */
function stubApi() {
  const calls: URL[] = [];
  vi.stubGlobal("fetch", vi.fn(async (input: string) => {
    const url = new URL(input, "http://localhost");
    calls.push(url);
    if (url.pathname === "/api/search") return json({ results: matches, ...UNMARKED });
    if (url.pathname === "/api/nodes/far/neighbourhood") {
      return json({
        nodes: [{ data: { ...matches[2]!.data, distance: 0 } }, { data: { id: "sgrs", kind: "Service", name: "GISS", distance: 1 } }],
        edges: [{ data: { id: "far-e", source: "sgrs", target: "far", type: "MEETS_INFORMALLY" } }],
        depth: 1, limit: 500, truncated: false, ...UNMARKED,
      });
    }
    return new Response("", { status: 404 });
  }));
  return calls;
}

beforeAll(() => {
  setupI18n("en");
});
beforeEach(async () => {
  await i18next.changeLanguage("en");
  resetStores();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the search box", () => {
  it("is a combobox that lists matches with name, acronym and kind after a pause in typing", async () => {
    const calls = stubApi();
    const user = userEvent.setup();
    render(<SearchBox />);
    const input = screen.getByTestId("search-input");
    expect(input.getAttribute("role")).toBe("combobox");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    await user.type(input, "sgr");
    const options = await screen.findAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "General Intelligence and Security Service (GISS)Intelligence service",
      "SGRS liaison officersLiaison",
      "Far partnerPartner",
    ]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(input.getAttribute("aria-controls")).toBe(screen.getByRole("listbox").id);
    // Debounced: one request for the whole word, in the reader's language.
    expect(calls).toHaveLength(1);
    expect(calls[0]!.searchParams.get("q")).toBe("sgr");
    expect(calls[0]!.searchParams.get("lang")).toBe("en");
  });

  it("moves through the options with the arrow keys and selects the active one with Enter", async () => {
    stubApi();
    const user = userEvent.setup();
    render(<SearchBox />);
    const input = screen.getByTestId("search-input");
    await user.type(input, "sgr");
    const options = await screen.findAllByRole("option");
    await user.keyboard("{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]!.id);
    expect(options[0]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]!.id);
    await user.keyboard("{ArrowUp}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[2]!.id);
    await user.keyboard("{ArrowUp}{ArrowUp}{Enter}");
    expect(useViewStore.getState().selection).toBe("sgrs");
    expect(useViewStore.getState().focus?.id).toBe("sgrs");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("brings a match that is not on the canvas in with its neighbourhood before selecting it", async () => {
    const calls = stubApi();
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByTestId("search-input"), "far");
    await screen.findAllByRole("option");
    await user.click(screen.getByRole("option", { name: /Far partner/ }));
    await waitFor(() => expect(useViewStore.getState().selection).toBe("far"));
    expect(calls.at(-1)!.pathname).toBe("/api/nodes/far/neighbourhood");
    expect(calls.at(-1)!.searchParams.get("depth")).toBe("1");
    expect(useGraphStore.getState().elements.nodes.map((n) => n.data.id)).toContain("far");
    expect(useViewStore.getState().focus?.id).toBe("far");
  });

  it("closes the list on Escape, then clears the text on a second Escape", async () => {
    stubApi();
    const user = userEvent.setup();
    render(<SearchBox />);
    const input = screen.getByTestId<HTMLInputElement>("search-input");
    await user.type(input, "sgr");
    await screen.findAllByRole("option");
    await user.keyboard("{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.value).toBe("sgr");
    await user.keyboard("{Escape}");
    expect(input.value).toBe("");
  });

  it("says so when nothing matches", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => json({ results: [], ...UNMARKED })));
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByTestId("search-input"), "zzz");
    expect(await screen.findByText("No entity matches “zzz”.")).toBeTruthy();
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });
});
