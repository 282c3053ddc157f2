// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useImportStore } from "./importStore";
import { dryRunReport, importedReport, jobAt, rejectedCsvReport } from "./testing/reportFixtures";
import { useGraphStore } from "../graph/graphStore";
import { setupI18n } from "../i18n/i18n";
import { fakeElements, json, resetStores, stubApi } from "../testing/fakeApi";
import { ImportOutcome } from "./ImportOutcome";
import { ImportReportView } from "./ImportReportView";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  useImportStore.getState().reset();
});
afterEach(() => {
  useImportStore.getState().reset();
  vi.unstubAllGlobals();
});

const cells = (row: HTMLElement) => within(row).getAllByRole("cell").map((cell) => cell.textContent);

describe("a rejected import's report", () => {
  it("says nothing was imported and lists the errors by file, each by line and row, field and message", () => {
    render(<ImportReportView report={rejectedCsvReport} />);
    expect(screen.getByRole("heading", { name: "Rejected: nothing was imported" })).toBeTruthy();
    expect(screen.getByText("Nothing was written: 1204 problems must be fixed first.")).toBeTruthy();

    const tables = within(screen.getByTestId("import-errors")).getAllByRole("table");
    expect(tables.map((table) => table.dataset.file)).toEqual(["relationships.csv", "nodes.csv"]);
    const nodes = screen.getByRole("table", { name: "nodes.csv 2 errors" });
    expect(within(nodes).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Line", "Row or element", "Field", "What is wrong"]);
    const [, first, second] = within(nodes).getAllByRole("row");
    expect(cells(first!)).toEqual(["2", "1", "kind", "unknown kind \"Agency\"; the model has Service, Partner, Body, Threat"]);
    expect(cells(second!)).toEqual(["4", "3", "nameFr", "is required"]);
    expect(cells(within(screen.getByRole("table", { name: "relationships.csv 1 error" })).getAllByRole("row")[1]!))
      .toEqual(["3", "2", ":END_ID", "no node has id \"nowhere\", in the files or in the database"]);
  });

  it("gives the total when the server kept only the first errors", () => {
    render(<ImportReportView report={rejectedCsvReport} />);
    expect(screen.getByRole("heading", { name: "1,204 errors" })).toBeTruthy();
    expect(screen.getByTestId("import-errors-partial").textContent).toBe(
      "The first 3 of 1,204 errors are listed. Correct them and check again to see the rest.",
    );
    expect(screen.queryByTestId("import-counts")).toBeNull();
  });

  it("sorts a file's errors by a column from its header", async () => {
    render(<ImportReportView report={rejectedCsvReport} />);
    const nodes = screen.getByRole("table", { name: "nodes.csv 2 errors" });
    await userEvent.click(within(nodes).getByRole("button", { name: "What is wrong" }));
    await userEvent.click(within(nodes).getByRole("button", { name: "What is wrong" }));
    expect(within(nodes).getAllByRole("row").slice(1).map((row) => cells(row)[3])).toEqual(["unknown kind \"Agency\"; the model has Service, Partner, Body, Threat", "is required"]);
    expect(within(nodes).getByRole("columnheader", { name: /What is wrong/ }).getAttribute("aria-sort")).toBe("descending");
  });

  it("names a JSON element by its pointer when it has no row", () => {
    render(<ImportReportView report={{
      ...rejectedCsvReport, errorCount: 1,
      errors: [{ file: "graph.json", line: 9, pointer: "edges[0]", field: "target", message: "no node has id \"ghost\", in the files or in the database" }],
    }} />);
    expect(cells(within(screen.getByRole("table", { name: "graph.json 1 error" })).getAllByRole("row")[1]!))
      .toEqual(["9", "edges[0]", "target", "no node has id \"ghost\", in the files or in the database"]);
  });
});

describe("a dry run's report", () => {
  it("counts what would be created, updated, left and deleted, for entities and relationships", () => {
    render(<ImportReportView report={dryRunReport} />);
    expect(screen.getByRole("heading", { name: "Dry run: nothing has been written yet" })).toBeTruthy();
    const counts = screen.getByRole("table", { name: "What the import would do" });
    expect(within(counts).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Entities", "Relationships"]);
    const rows = within(counts).getAllByRole("row").slice(1);
    expect(rows.map((row) => [within(row).getByRole("rowheader").textContent, ...cells(row)])).toEqual([
      ["To create", "1", "1"], ["To update", "1", "0"], ["Unchanged", "1", "1"], ["To delete", "1", "1"],
    ]);
    expect(rows[3]!.className).toContain("deleted");
  });

  it("lists the changes: updates with their changed fields, deletions apart", () => {
    render(<ImportReportView report={dryRunReport} />);
    const updated = screen.getByText(/^To update — entities: 1/).closest("details")!;
    const row = within(updated).getAllByRole("row")[1]!;
    expect(cells(row)).toEqual(["Entity", "ocam", "Partner", "nameFrdescriptionFr", "regional.json, line 7"]);
    expect(within(row).getByRole("list", { name: "Changed fields" }).children).toHaveLength(2);

    const deleted = screen.getByText(/^To delete — entities: 1, relationships: 1/).closest("details")!;
    expect(deleted.open).toBe(true);
    expect(deleted.dataset.category).toBe("deleted");
    expect(within(deleted).getAllByRole("row").slice(1).map((r) => cells(r).slice(0, 2))).toEqual([
      ["Entity", "old-unit"], ["Relationship", "old-unit--cooperates--vsse"],
    ]);
  });
});

describe("confirming a dry run", () => {
  it("warns of deletions, imports the same files with dryRun=false, then reloads the graph and the history", async () => {
    const files = [new File(["{}"], "regional.json", { type: "application/json" })];
    useImportStore.setState({ run: { type: "done", dryRun: true, request: { files, mode: "replace", source: "regional-sheet" }, report: dryRunReport } });
    const load = vi.fn(async () => undefined);
    useGraphStore.setState({ load, elements: fakeElements });
    const { requests } = stubApi([
      ["POST", "/api/imports", () => json({ id: importedReport.id, state: "queued", progress: { phase: "queued", done: 0, total: 0 } }, 202)],
      ["GET", `/api/imports/${importedReport.id}`, () => json(jobAt(importedReport, "done"))],
    ]);
    render(<ImportOutcome />);
    expect(screen.getByTestId("import-delete-warning").textContent).toBe(
      "Careful: this import deletes what is recorded under the source “regional-sheet” and is not in the files — entities: 1, relationships: 1.",
    );
    const revision = useImportStore.getState().revision;

    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByRole("heading", { name: "Imported" });
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({ dryRun: "false", mode: "replace", source: "regional-sheet" });
    expect(screen.getByRole("table", { name: "What the import did" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Import" })).toBeNull();
    await waitFor(() => expect(load).toHaveBeenCalledWith({ language: "en", asOf: null, start: null }));
    expect(useImportStore.getState().revision).toBe(revision + 1);
  });
});
