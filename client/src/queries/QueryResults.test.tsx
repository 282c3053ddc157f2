// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { QueryAnswer } from "../../../contract/queries.ts";
import { setupI18n } from "../i18n/i18n";
import { resetStores, UNASSUMED, UNMARKED } from "../testing/fakeApi";
import { QueryResults } from "./QueryResults";

const cutPoint = (id: string, cutOffSize: number, cutOff: string[]) => ({ id, name: id, cutOffSize, pieceSizes: [], cutOff });

/** A single-points-of-failure answer: two rows listed of three, one row's cut-off list partial. */
const stoppedShort: QueryAnswer = {
  query: "single-points-of-failure",
  columns: [{ key: "name", title: "Entity" }, { key: "cutOffSize", title: "Entities cut off" }],
  rows: [cutPoint("sgrs", 150, ["ocam"]), cutPoint("vsse", 1, ["ctif"])],
  highlight: { nodes: ["sgrs", "vsse"], edges: [] },
  summary: "2 entities are single points of failure.",
  graphVersion: 1,
  asOf: null,
  truncated: true,
  findingsInAll: 3,
  cutOffListed: { atMost: 100, rowsCut: 1 },
  ...UNMARKED,
  ...UNASSUMED,
};

beforeAll(() => setupI18n("en"));
beforeEach(async () => {
  resetStores();
  await i18next.changeLanguage("en");
});
afterEach(cleanup);

describe("QueryResults", () => {
  it("says how many findings there are in all when the limit kept fewer", () => {
    render(<QueryResults answer={stoppedShort} limit={2} />);
    expect(screen.getByText(/the first 2 of 3: raise the limit/)).toBeTruthy();
  });

  it("says when rows name only part of what they cut off, in each language", async () => {
    render(<QueryResults answer={stoppedShort} limit={2} />);
    expect(screen.getByRole("note").textContent).toBe(
      "Each row names at most 100 of the entities it cuts off: 1 row names only part of them (its count is complete).",
    );
    cleanup();
    await i18next.changeLanguage("fr");
    render(<QueryResults answer={stoppedShort} limit={2} />);
    expect(screen.getByRole("note").textContent).toContain("Chaque ligne nomme au plus 100 des entités qu'elle coupe : 1 ligne");
    expect(screen.getByText(/les 2 premiers sur 3/)).toBeTruthy();
    cleanup();
    await i18next.changeLanguage("nl");
    render(<QueryResults answer={stoppedShort} limit={2} />);
    expect(screen.getByRole("note").textContent).toContain("Elke rij noemt ten hoogste 100 van de entiteiten die ze afsnijdt: 1 rij");
    expect(screen.getByText(/de eerste 2 van 3/)).toBeTruthy();
  });

  it("says when rows name only part of their members", () => {
    render(<QueryResults answer={{ ...stoppedShort, cutOffListed: undefined, membersListed: { atMost: 200, rowsCut: 2 } }} limit={50} />);
    expect(screen.getByRole("note").textContent).toBe(
      "Each row names at most 200 of its members: 2 rows name only part of them (their sizes are complete; the graph shows them all).",
    );
  });

  it("shows no notice when nothing was cut", () => {
    render(<QueryResults answer={{ ...stoppedShort, truncated: false, findingsInAll: 2, cutOffListed: { atMost: 100, rowsCut: 0 } }} limit={50} />);
    expect(screen.queryByRole("note")).toBeNull();
    expect(screen.queryByText(/raise the limit/)).toBeNull();
  });
});
