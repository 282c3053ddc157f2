// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchToView, viewToSearch } from "./urlState";
import { defaultViewState, LAYOUTS, PAGES, SCOPES, type ViewState } from "./viewState";

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const ids = fc.uniqueArray(id, { maxLength: 4 });
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const viewArbitrary: fc.Arbitrary<ViewState> = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  hiddenKinds: fc.uniqueArray(fc.constantFrom("Service", "Partner", "Body", "Threat"), { maxLength: 3 }),
  hiddenTypes: fc.uniqueArray(fc.constantFrom("MONITORS", "DEFINES", "POSTED_TO"), { maxLength: 3 }),
  scope: fc.constantFrom(...SCOPES),
  start: fc.option(id, { nil: null }),
  asOf: fc.option(date, { nil: null }),
  selection: fc.option(id, { nil: null }),
  expandDepth: fc.constantFrom(1 as const, 2 as const, 3 as const),
  hiddenNodes: ids,
  pinned: ids,
  query: fc.option(
    fc.record({ id, params: fc.dictionary(fc.constantFrom("threshold", "service", "types"), fc.oneof(fc.integer(), id, fc.array(id))) }),
    { nil: null },
  ),
  whatIf: fc.option(fc.record({ nodes: ids, edges: ids }), { nil: null }),
  view: fc.constantFrom("graph" as const, "table" as const),
  panel: fc.constantFrom("details" as const, "queries" as const, "whatIf" as const),
  page: fc.constantFrom(...PAGES),
});

describe("the view in the URL", () => {
  it("restores exactly the view it was written from", () => {
    fc.assert(fc.property(viewArbitrary, (view) => {
      expect(searchToView(viewToSearch(view, "nl"))).toEqual(view);
    }));
  });

  it("writes only the language for the default view", () => {
    expect(viewToSearch(defaultViewState, "fr")).toBe("?lang=fr");
  });

  it("falls back to the defaults on anything unreadable", () => {
    expect(searchToView("?layout=spiral&scope=galactic&asOf=yesterday&depth=9&qp=%7Bnot-json&q=brokers&page=admin")).toEqual({
      ...defaultViewState,
      query: { id: "brokers", params: {} },
    });
  });
});
