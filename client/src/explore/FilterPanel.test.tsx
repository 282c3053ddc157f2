// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { setUpExploreComponentTests } from "./testing/componentTestSetup";
import { useViewStore } from "../view/viewStore";
import { FilterPanel } from "./FilterPanel";

setUpExploreComponentTests();

describe("the filter panel", () => {
  it("hides a kind when its box is unticked, and shows it again when ticked", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    const partners = screen.getByRole<HTMLInputElement>("checkbox", { name: "Partner" });
    expect(partners.checked).toBe(true);
    await user.click(partners);
    expect(useViewStore.getState().hiddenKinds).toEqual(["Partner"]);
    expect(partners.checked).toBe(false);
    await user.click(partners);
    expect(useViewStore.getState().hiddenKinds).toEqual([]);
  });

  it("hides a relationship type, named in the reader's language", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(screen.getByText("Relationships: 16 of 16 shown"));
    await user.click(screen.getByRole("checkbox", { name: "meets informally" }));
    expect(screen.getByText("Relationships: 15 of 16 shown")).toBeTruthy();
    expect(useViewStore.getState().hiddenTypes).toEqual(["MEETS_INFORMALLY"]);
  });

  it("keeps only partners of the chosen scope", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "All partners" }).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: "International" }));
    expect(useViewStore.getState().scope).toBe("international");
  });

  it("writes the date typed in the as-of input, and clears it back to all dates", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    const date = screen.getByLabelText("As of");
    fireEvent.change(date, { target: { value: "2015-06-30" } });
    expect(useViewStore.getState().asOf).toBe("2015-06-30");
    expect(screen.getByRole<HTMLInputElement>("slider", { name: "Year" }).value).toBe("2015");
    await user.click(screen.getByRole("button", { name: "Show all dates" }));
    expect(useViewStore.getState().asOf).toBeNull();
    expect(screen.getByRole("slider", { name: "Year" }).getAttribute("aria-valuetext")).toBe("All dates");
  });

  it("writes the year chosen on the slider as that year's last day once the slider settles", async () => {
    render(<FilterPanel />);
    fireEvent.change(screen.getByRole("slider", { name: "Year" }), { target: { value: "2010" } });
    expect(screen.getByRole("slider", { name: "Year" }).getAttribute("aria-valuetext")).toBe("End of 2010");
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(useViewStore.getState().asOf).toBe("2010-12-31");
  });

  it("offers to show entities hidden by hand again, only when there are some", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    expect(screen.queryByRole("button", { name: /hidden entit/ })).toBeNull();
    act(() => useViewStore.setState({ hiddenNodes: ["nato", "cns"] }));
    await user.click(screen.getByRole("button", { name: "Show the 2 hidden entities again" }));
    expect(useViewStore.getState().hiddenNodes).toEqual([]);
  });

  it("speaks the reader's language", async () => {
    await act(() => i18next.changeLanguage("nl"));
    render(<FilterPanel />);
    expect(screen.getByRole("checkbox", { name: "Inlichtingendienst" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Internationaal" })).toBeTruthy();
  });
});
