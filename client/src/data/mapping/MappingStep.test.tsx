// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../../i18n/i18n";
import { json, resetStores, stubApi, type FakeRoute } from "../../testing/fakeApi";
import { useImportStore } from "../importStore";
import { davisInspection, ownShapeInspection } from "../testing/inspectionFixtures";
import { dryRunReport } from "../testing/reportFixtures";
import { UploadForm } from "../UploadForm";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  useImportStore.getState().reset();
});
afterEach(() => {
  useImportStore.getState().reset();
  vi.unstubAllGlobals();
});

const graphml = new File(["<graphml/>"], "davis.graphml", { type: "application/xml" });
const started = () => json({ id: dryRunReport.id, state: "queued", progress: { phase: "queued", done: 0, total: 0 } }, 202);

/** The API as the mapping step meets it; `extra` routes come first, so they answer before the defaults. */
function fakes(inspection = davisInspection, extra: FakeRoute[] = []) {
  return stubApi([
    ...extra,
    ["POST", "/api/imports/inspect", () => json(inspection)],
    ["GET", "/api/mappings", () => json({ mappings: [] })],
    ["POST", "/api/imports", started],
  ]);
}

async function chooseFile(file = graphml) {
  const user = userEvent.setup({ applyAccept: false });
  render(<UploadForm />);
  await user.upload(screen.getByLabelText("Choose files…"), [file]);
  await screen.findByTestId("mapping-fields");
  return user;
}

/** The `mapping` part of the dry run's upload, parsed; undefined when none was sent. */
function sentMapping(fetchMock: ReturnType<typeof stubApi>["fetchMock"]): unknown {
  const call = fetchMock.mock.calls.find(([url, init]) => String(url).startsWith("/api/imports?") && init?.method === "POST");
  const form = call?.[1]?.body as FormData;
  const part = form.get("mapping");
  return part === null ? undefined : JSON.parse(String(part));
}

describe("the mapping step", () => {
  it("shows each attribute with its count and values, beside the proposal: a kind table from a column, the ids as names", async () => {
    const { requests } = fakes();
    await chooseFile();
    expect(Object.fromEntries(requests.find((r) => r.url.pathname === "/api/imports/inspect")!.url.searchParams)).toEqual({ lang: "en" });
    const table = screen.getByRole("table", { name: /davis\.graphml graphml · entities: 32 · relationships: 89 \(89 undirected\)/ });
    const bipartite = within(table).getByRole("row", { name: /bipartite/ });
    expect(within(bipartite).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["32", "01 2 distinct values"]);

    const kind = within(screen.getByTestId("mapping-nodes-source"));
    expect((kind.getByRole("radio", { name: "From a column" }) as HTMLInputElement).checked).toBe(true);
    expect((kind.getByRole("combobox", { name: "Column" }) as HTMLSelectElement).value).toBe("bipartite");
    for (const value of ["0", "1"]) {
      const select = kind.getByRole("combobox", { name: `Model name for ${value} (bipartite)` }) as HTMLSelectElement;
      expect(select.value).toBe("");
      expect(select.selectedOptions[0]!.textContent).toBe("— choose —");
    }
    const properties = within(screen.getByTestId("mapping-nodes-properties"));
    expect((properties.getByRole("combobox", { name: /^Source of Name \(EN\)|^Source of .*English/ }) as HTMLSelectElement).value).toBe("@id");
    const type = within(screen.getByTestId("mapping-edges-source"));
    expect((type.getByRole("radio", { name: "The same type for all" }) as HTMLInputElement).checked).toBe(true);
    expect((type.getByRole("combobox", { name: "Type of every relationship" }) as HTMLSelectElement).value).toBe("COOPERATES_WITH");
  });

  it("sends the dry run with the mapping as staff changed it", async () => {
    const { fetchMock } = fakes();
    const user = await chooseFile();
    const kind = within(screen.getByTestId("mapping-nodes-source"));
    await user.selectOptions(kind.getByRole("combobox", { name: "Model name for 0 (bipartite)" }), "Partner");
    await user.selectOptions(kind.getByRole("combobox", { name: "Model name for 1 (bipartite)" }), "Body");
    await user.type(screen.getByRole("textbox", { name: "Id prefix" }), "davis-");
    await user.click(screen.getByRole("checkbox", { name: /Treat every relationship as undirected/ }));
    expect(screen.queryByTestId("mapping-edges-properties")).toBeNull();
    await user.selectOptions(screen.getAllByRole("combobox", { name: "Add a property" })[1]!, "confidence");
    const edges = within(screen.getByTestId("mapping-edges-properties"));
    await user.selectOptions(edges.getByRole("combobox", { name: /^Source of/ }), "constant");
    await user.type(edges.getByRole("textbox", { name: /^Fixed value of/ }), "medium");
    await user.click(screen.getByRole("button", { name: "Check (dry run)" }));

    await waitFor(() => expect(sentMapping(fetchMock)).toEqual({
      nodes: { properties: { nameEn: "@id" }, kind: { from: "bipartite", values: { 0: "Partner", 1: "Body" } }, id: { prefix: "davis-" } },
      edges: { type: "COOPERATES_WITH", undirected: true, properties: { confidence: { value: "medium" } } },
    }));
  });

  it("turns a column kind into a constant, and a name back to the attribute of the same name", async () => {
    const { fetchMock } = fakes();
    const user = await chooseFile();
    const kind = within(screen.getByTestId("mapping-nodes-source"));
    await user.click(kind.getByRole("radio", { name: "The same kind for all" }));
    await user.selectOptions(kind.getByRole("combobox", { name: "Kind of every entity" }), "Partner");
    const properties = within(screen.getByTestId("mapping-nodes-properties"));
    await user.selectOptions(properties.getAllByRole("combobox")[0]!, "");
    await user.click(screen.getByRole("button", { name: "Check (dry run)" }));
    await waitFor(() => expect(sentMapping(fetchMock)).toEqual({ nodes: { kind: "Partner" }, edges: { type: "COOPERATES_WITH" } }));
  });

  it("sends no mapping for files already in the product's shape", async () => {
    const { fetchMock } = fakes(ownShapeInspection);
    const user = await chooseFile(new File(["id:ID,kind,nameFr\nx,Service,X\n"], "nodes.csv", { type: "text/csv" }));
    expect((within(screen.getByTestId("mapping-nodes-source")).getByRole("radio", { name: "As the file says" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Check (dry run)" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith("/api/imports?"))).toBe(true));
    expect(sentMapping(fetchMock)).toBeUndefined();
  });

  it("saves the mapping under a name and loads a saved one into the form", async () => {
    const saved = { name: "igraph", mapping: { nodes: { kind: "Service", properties: { nameFr: "name" } } }, savedBy: "amy", savedAt: "2026-12-07T04:00:00Z" };
    const { requests } = fakes(davisInspection, [
      ["GET", "/api/mappings", () => json({ mappings: [saved] })],
      ["PUT", "/api/mappings/davis%20women", (request) => json({ ...saved, name: "davis women", mapping: request.body })],
    ]);
    const user = await chooseFile();
    await user.type(screen.getByRole("textbox", { name: "Save this mapping as" }), "davis women");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect((await screen.findByRole("status")).textContent).toBe("Mapping saved as “davis women”.");
    expect(requests.find((r) => r.method === "PUT")!.body).toEqual(davisInspection.proposal);

    await user.selectOptions(screen.getByRole("combobox", { name: "Saved mappings" }), "igraph");
    await user.click(screen.getByRole("button", { name: "Load" }));
    expect(useImportStore.getState().draft.mapping).toEqual(saved.mapping);
    const kind = within(screen.getByTestId("mapping-nodes-source"));
    expect((kind.getByRole("combobox", { name: "Kind of every entity" }) as HTMLSelectElement).value).toBe("Service");
  });
});
