// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setUpExploreComponentTests } from "./testing/componentTestSetup";
import { useViewStore } from "../view/viewStore";
import { GraphTable } from "./GraphTable";

setUpExploreComponentTests();

const entities = () => screen.getByRole("table", { name: /^Entities on the canvas/ });
/** The first column of each body row. */
const firstColumn = (table: HTMLElement) =>
  within(table).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell")[0]!.textContent);

describe("the graph as a table", () => {
  it("lists the entities shown, sorted by name, with kind, scope and links on the canvas", () => {
    render(<GraphTable />);
    expect(firstColumn(entities())).toEqual([
      "Federal Police", "General Intelligence and Security Service", "National Security Council", "NATO", "Project one", "State Security Service",
    ]);
    const nato = within(entities()).getByRole("row", { name: /NATO/ });
    expect(within(nato).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["NATO", "Partner", "international", "1"]);
  });

  it("sorts by a column when its header is clicked, and reverses on a second click", async () => {
    const user = userEvent.setup();
    render(<GraphTable />);
    const degreeHeader = within(entities()).getByRole("columnheader", { name: /Links on the canvas/ });
    await user.click(within(degreeHeader).getByRole("button"));
    expect(degreeHeader.getAttribute("aria-sort")).toBe("ascending");
    const ascending = within(entities()).getAllByRole("row").slice(1).map((row) => Number(within(row).getAllByRole("cell")[3]!.textContent));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await user.click(within(degreeHeader).getByRole("button"));
    expect(degreeHeader.getAttribute("aria-sort")).toBe("descending");
    expect(firstColumn(entities())[0]).toBe("General Intelligence and Security Service");
  });

  it("sorts relationships by their end", async () => {
    const user = userEvent.setup();
    render(<GraphTable />);
    const relationships = screen.getByRole("table", { name: /^Relationships on the canvas/ });
    await user.click(within(relationships).getByRole("button", { name: "To" }));
    const to = within(relationships).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell")[2]!.textContent);
    expect(to).toEqual(["Federal Police", "National Security Council", "National Security Council", "NATO", "Project one", "State Security Service"]);
  });

  it("shows only what the filters leave, with links counted on what is shown", () => {
    useViewStore.setState({ hiddenKinds: ["Partner"] });
    render(<GraphTable />);
    expect(firstColumn(entities())).not.toContain("NATO");
    const sgrs = within(entities()).getByRole("row", { name: /General Intelligence/ });
    expect(within(sgrs).getAllByRole("cell")[3]!.textContent).toBe("3");
  });

  it("selects the entity of a clicked row", async () => {
    const user = userEvent.setup();
    render(<GraphTable />);
    await user.click(within(entities()).getByRole("row", { name: /NATO/ }).querySelector("td:nth-child(2)")!);
    expect(useViewStore.getState().selection).toBe("nato");
    act(() => useViewStore.getState().select("cns"));
    expect(within(entities()).getByRole("row", { name: /National Security Council/ }).getAttribute("aria-current")).toBe("true");
  });
});
