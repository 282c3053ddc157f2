// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useImportStore } from "./importStore";
import { ownShapeInspection } from "./testing/inspectionFixtures";
import { dryRunReport, jobAt } from "./testing/reportFixtures";
import { setupI18n } from "../i18n/i18n";
import { deferred, json, resetStores, stubApi, type FakeRoute } from "../testing/fakeApi";
import { ImportOutcome } from "./ImportOutcome";
import { UploadForm } from "./UploadForm";

const file = (name: string, text = "id:ID,:LABEL,nameFr\nx,Service,X\n") => new File([text], name, { type: "text/csv" });

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  useImportStore.getState().reset();
});
afterEach(() => {
  useImportStore.getState().reset();
  vi.unstubAllGlobals();
});

function renderForm() {
  render(<><UploadForm /><ImportOutcome /></>);
  return userEvent.setup({ applyAccept: false });
}

/** The mapping step inspects every file chosen; these tests' files are in the product's own shape. */
const inspected: FakeRoute = ["POST", "/api/imports/inspect", () => json(ownShapeInspection)];
const noSavedMappings: FakeRoute = ["GET", "/api/mappings", () => json({ mappings: [] })];
const imports = (requests: { url: URL }[]) => requests.filter((request) => request.url.pathname === "/api/imports");

const checkButton = () => screen.getByRole("button", { name: "Check (dry run)" });
const fileInput = () => screen.getByLabelText("Choose files…");

describe("the upload form", () => {
  it("asks for a file when Check is pressed with none, next to the picker, and sends nothing", async () => {
    const { requests } = stubApi([]);
    const user = renderForm();
    await user.click(checkButton());
    expect(screen.getByTestId("upload-files-error").textContent).toBe("Choose at least one file to check.");
    expect(fileInput().getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(fileInput());
    expect(requests).toEqual([]);
  });

  it("names a chosen file the importer cannot read", async () => {
    stubApi([]);
    const user = renderForm();
    await user.upload(fileInput(), [file("nodes.csv"), file("notes.txt", "hello")]);
    await user.click(checkButton());
    expect(screen.getByTestId("upload-files-error").textContent).toBe("“notes.txt” is not a file the importer reads. Use .json, .csv, .graphml, .xml, .zip.");
  });

  it("lists the chosen files with their size, and removes one on request", async () => {
    stubApi([]);
    const user = renderForm();
    await user.upload(fileInput(), [file("nodes.csv"), file("relationships.csv")]);
    const list = screen.getByRole("list", { name: "Chosen files" });
    expect(within(list).getAllByRole("listitem").map((item) => item.firstChild?.textContent)).toEqual(["nodes.csv", "relationships.csv"]);
    await user.click(screen.getByRole("button", { name: "Remove nodes.csv" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });

  it("asks for a source name in replace mode, says why next to the field and puts the focus there", async () => {
    const { requests } = stubApi([]);
    const user = renderForm();
    await user.upload(fileInput(), [file("nodes.csv")]);
    await user.click(screen.getByRole("radio", { name: /Replace/ }));
    expect(screen.getByText("(required)")).toBeTruthy();
    await user.click(checkButton());
    const source = screen.getByRole("textbox", { name: /Source name/ });
    expect(screen.getByTestId("upload-source-error").textContent).toBe("Replace mode needs a source name: it says which elements the files replace.");
    expect(source.getAttribute("aria-invalid")).toBe("true");
    expect(source.getAttribute("aria-describedby")).toContain("upload-source-error");
    expect(document.activeElement).toBe(source);
    expect(imports(requests)).toEqual([]);

    await user.type(source, "regional sheet");
    expect(screen.queryByTestId("upload-source-error")).toBeNull();
  });

  it("refuses a source name the server would refuse", async () => {
    stubApi([]);
    const user = renderForm();
    await user.upload(fileInput(), [file("nodes.csv")]);
    await user.type(screen.getByRole("textbox", { name: /Source name/ }), "-leading dash");
    await user.click(checkButton());
    expect(screen.getByTestId("upload-source-error").textContent).toMatch(/^A source name is 1 to 200 letters/);
  });

  it("sends a dry run with its mode and source, shows its progress (unknown total first), then its counts, focused", async () => {
    const polls = [
      jobAt(dryRunReport, { phase: "reading", done: 0, total: 0 }),
      jobAt(dryRunReport, { phase: "writing", done: 2, total: 5 }),
    ];
    const lastPoll = deferred<Response>();
    const { requests } = stubApi([
      inspected,
      noSavedMappings,
      ["POST", "/api/imports", () => json({ id: dryRunReport.id, state: "queued", progress: { phase: "queued", done: 0, total: 0 } }, 202)],
      ["GET", `/api/imports/${dryRunReport.id}`, () => (polls.length > 0 ? json(polls.shift()) : lastPoll.promise)],
    ]);
    const user = renderForm();
    await user.upload(fileInput(), [file("regional.json", "{}")]);
    await user.click(screen.getByRole("radio", { name: /Replace/ }));
    await user.type(screen.getByRole("textbox", { name: /Source name/ }), "regional-sheet");
    await user.click(checkButton());

    const post = imports(requests)[0]!;
    expect(Object.fromEntries(post.url.searchParams)).toEqual({ dryRun: "true", mode: "replace", source: "regional-sheet" });

    await waitFor(() => expect(screen.getByTestId("import-progress").dataset.phase).toBe("reading"));
    expect(screen.getByRole("progressbar").hasAttribute("value")).toBe(false);
    expect(screen.getByRole("status").textContent).toBe("Reading the files…");
    expect(checkButton().closest("fieldset")!.disabled).toBe(true);

    await waitFor(() => expect(screen.getByText("2 of 5 elements")).toBeTruthy());
    expect(screen.getByRole("status").textContent).toBe("Comparing with the graph…");
    expect((screen.getByRole("progressbar") as HTMLProgressElement).value).toBe(2);

    await act(async () => lastPoll.resolve(json(jobAt(dryRunReport, "done"))));
    const counts = await screen.findByRole("table", { name: "What the import would do" });
    expect(within(counts).getByRole("row", { name: /To create/ }).textContent).toBe("To create11");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Dry run: nothing has been written yet" }));
    expect(screen.getByRole("button", { name: "Import" })).toBeTruthy();
  });

  it("shows the server's problem when it refuses the upload", async () => {
    stubApi([
      inspected,
      noSavedMappings,
      ["POST", "/api/imports", () => json({
        type: "/problems/unsupported-media-type", title: "Unsupported media type", status: 415,
        detail: "Send the graph as application/json, text/csv, GraphML (application/xml), a zip, or multipart/form-data; got \"text/plain\".",
      }, 415)],
    ]);
    const user = renderForm();
    await user.upload(fileInput(), [file("nodes.csv")]);
    await user.click(checkButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Unsupported media type");
    expect(alert.textContent).toContain("got \"text/plain\"");
  });
});
