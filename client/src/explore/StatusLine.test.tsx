// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiProblem } from "../api/ApiProblem";
import { useGraphStore } from "../graph/graphStore";
import { setupI18n } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { StatusLine } from "./StatusLine";

const node = (id: string) => ({ data: { id, kind: "Service", name: id } });

beforeAll(() => {
  setupI18n("en");
});
beforeEach(async () => {
  await i18next.changeLanguage("en");
  useViewStore.setState({ asOf: null });
});

describe("the status line", () => {
  it("says it is loading, then counts what is drawn", () => {
    useGraphStore.setState({ status: { type: "loading" } });
    render(<StatusLine />);
    expect(screen.getByTestId("status").textContent).toBe("Loading the network…");
    act(() => useGraphStore.setState({ status: { type: "idle" }, elements: { nodes: [node("a"), node("b")], edges: [] }, truncated: false }));
    expect(screen.getByTestId("status").textContent).toBe("2 entities, 0 relationships");
  });

  it("says the view is truncated and by how much", () => {
    useGraphStore.setState({ status: { type: "idle" }, elements: { nodes: [node("a")], edges: [] }, truncated: true, total: 2314 });
    render(<StatusLine />);
    expect(screen.getByTestId("status").textContent).toBe("Showing 1 of 2,314 entities — refine the filters");
  });

  it("says when nothing matches, rather than showing a blank canvas", () => {
    useGraphStore.setState({ status: { type: "idle" }, elements: { nodes: [], edges: [] }, truncated: false });
    useViewStore.setState({ asOf: "1990-01-01" });
    render(<StatusLine />);
    expect(screen.getByTestId("status").textContent).toBe("Nothing to show: no entity matches the filters.");
  });

  it("shows the API's problem with a retry button", () => {
    const problem = new ApiProblem({ type: "/problems/database-unavailable", title: "Database unavailable", status: 503, detail: "Retry shortly." });
    useGraphStore.setState({ status: { type: "error", problem } });
    render(<StatusLine />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Database unavailable");
    expect(alert.textContent).toContain("Retry shortly.");
    expect(screen.getByRole("button", { name: "Retry" })).toBeDefined();
  });

  it("switches language from the language menu, and <html lang> follows", async () => {
    useGraphStore.setState({ status: { type: "idle" }, elements: { nodes: [node("a")], edges: [] }, truncated: false });
    render(<><StatusLine /><LanguageSwitch /></>);
    const select = screen.getByTestId("language") as HTMLSelectElement;
    await act(async () => {
      select.value = "nl";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(screen.getByTestId("status").textContent).toBe("1 entiteiten, 0 relaties");
    expect(document.documentElement.lang).toBe("nl");
    expect(window.localStorage.getItem("cooperation-dashboard.lang")).toBe("nl");
  });
});
