// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportReport } from "../../../contract/imports.ts";
import { setupI18n } from "../i18n/i18n";
import { json, resetStores, stubApi, UNMARKED, type FakeRequest } from "../testing/fakeApi";
import { useImportStore } from "./importStore";
import { SourcesSection } from "./SourcesSection";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  useImportStore.getState().reset();
});
afterEach(() => vi.unstubAllGlobals());

const zero = { nodes: 0, edges: 0 };
const sources = {
  sources: [
    { name: "rawA", nodes: 34, edges: 78, lastImport: { id: "run-1", at: "2026-12-01T10:00:00.000Z", user: "alice" }, ...UNMARKED },
    { name: "seed", nodes: 160, edges: 240, lastImport: { id: "run-0", at: "2026-11-28T00:00:00.000Z", user: "seed" }, ...UNMARKED },
  ],
  ...UNMARKED,
};

/** A source deletion's report, as DELETE /api/sources/:name answers it. */
function deletion(dryRun: boolean): ImportReport {
  const change = (element: "node" | "edge", id: string, label: string) => ({ element, id, label, ...UNMARKED });
  return {
    id: dryRun ? "dry" : "real", status: dryRun ? "dry-run" : "imported", dryRun, mode: "replace", source: "rawA", user: "alice",
    files: [], created: zero, updated: zero, unchanged: zero, deleted: { nodes: 2, edges: 1 },
    changes: { created: [], updated: [], truncated: false,
      deleted: [change("edge", "0-1", "COOPERATES_WITH"), change("node", "0", "Service"), change("node", "1", "Service")] },
    errors: [], errorCount: 0, problemGroups: [], warnings: [], startedAt: "", finishedAt: "", message: "", ...UNMARKED,
  };
}

const deleteRoute = (answer: (request: FakeRequest) => Response) => ["DELETE", "/api/sources/rawA", answer] as const;

describe("the Sources section", () => {
  it("lists each source with its counts, last import and who made it", async () => {
    stubApi([["GET", "/api/sources", () => json(sources)]]);
    render(<SourcesSection />);
    const row = await screen.findByRole("row", { name: /rawA/ });
    expect(within(row).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["34", "78", expect.stringMatching(/2026/), "alice", "Delete…"]);
    expect(screen.getByRole("button", { name: "Delete source “seed”…" })).toBeTruthy();
  });

  it("shows the dry run first, deletes only once confirmed, then lists the sources again", async () => {
    let listed = sources;
    const { requests } = stubApi([
      ["GET", "/api/sources", () => json(listed)],
      [...deleteRoute((request) => {
        const dryRun = request.url.searchParams.get("dryRun") === "true";
        if (!dryRun) listed = { ...sources, sources: sources.sources.slice(1) };
        return json(deletion(dryRun));
      })],
    ]);
    const user = userEvent.setup();
    render(<SourcesSection />);
    await user.click(await screen.findByRole("button", { name: "Delete source “rawA”…" }));
    expect((await screen.findByTestId("source-would-delete")).textContent)
      .toBe("Deleting “rawA” would remove entities: 2, relationships: 1. Nothing has been deleted yet.");
    expect(within(screen.getByTestId("source-deletion")).getAllByRole("listitem").map((item) => item.textContent))
      .toEqual(["0-1 cooperates with", "0 Intelligence service", "1 Intelligence service"]);
    expect(requests.filter((r) => r.method === "DELETE").map((r) => r.url.search)).toEqual(["?dryRun=true"]);

    await user.click(screen.getByRole("button", { name: "Delete “rawA”" }));
    expect((await screen.findByTestId("source-deleted")).textContent).toBe("Source “rawA” deleted: entities 2, relationships 1.");
    expect(requests.filter((r) => r.method === "DELETE").map((r) => r.url.search)).toEqual(["?dryRun=true", "?dryRun=false"]);
    await waitFor(() => expect(screen.queryByRole("row", { name: /rawA/ })).toBeNull());
  });

  it("says why a deletion is refused, naming what holds on, and offers no confirmation", async () => {
    const held = 'node "0" is not in the files, so this replace would delete it, but relationship "c-tie" (COOPERATES_WITH) of source "rawC" still uses it';
    const { requests } = stubApi([
      ["GET", "/api/sources", () => json(sources)],
      [...deleteRoute(() => json({ ...deletion(true), status: "rejected", errors: [{ code: "replace", file: "(database)", message: held }], errorCount: 1 }, 422))],
    ]);
    const user = userEvent.setup();
    render(<SourcesSection />);
    await user.click(await screen.findByRole("button", { name: "Delete source “rawA”…" }));
    expect((await screen.findByTestId("source-refusal")).textContent).toBe(held);
    expect(screen.getByText("Source “rawA” cannot be deleted:")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Delete “rawA”" })).toBeNull();
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
  });

  it("works from the keyboard: Enter opens the check, Escape closes it and gives the focus back", async () => {
    stubApi([["GET", "/api/sources", () => json(sources)], [...deleteRoute(() => json(deletion(true)))]]);
    const user = userEvent.setup();
    render(<SourcesSection />);
    const button = await screen.findByRole("button", { name: "Delete source “rawA”…" });
    button.focus();
    await user.keyboard("{Enter}");
    await screen.findByTestId("source-would-delete");
    expect(document.activeElement?.textContent).toBe("Delete source “rawA”");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("source-deletion")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Delete source “rawA”…" })));
  });
});
