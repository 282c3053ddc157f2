// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, modelAnswer, resetStores, stubApi, UNMARKED } from "../testing/fakeApi";
import { ParamForm } from "./ParamForm";

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    threshold: { type: "integer", minimum: 1, maximum: 100, default: 3 },
    asOf: { type: "string", format: "date" },
    types: { type: "array", minItems: 1, items: { type: "string", enum: ["PARTICIPATES_IN", "DISSEMINATES_TO", "COUNTERS"] } },
    service: { type: "string", default: "sgrs", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$" },
  },
};

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  stubApi([
    modelAnswer,
    ["GET", "/api/search", () => json({ results: [{ data: { id: "vsse", kind: "Service", name: "State Security" }, score: 1 }], ...UNMARKED })],
  ]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ParamForm", () => {
  it("generates a bounded number input, a date input, a checkbox per relationship type and an entity picker, defaults filled", () => {
    render(<ParamForm schema={schema} submitLabel="Run" onSubmit={() => undefined} />);

    const threshold = screen.getByLabelText(/Threshold/);
    expect(threshold).toHaveProperty("type", "number");
    expect(threshold.getAttribute("min")).toBe("1");
    expect(threshold.getAttribute("max")).toBe("100");
    expect(threshold).toHaveProperty("value", "3");

    expect(screen.getByLabelText(/As of/)).toHaveProperty("type", "date");

    const types = screen.getByRole("group", { name: "Relationship types" });
    const boxes = within(types).getAllByRole("checkbox");
    expect(boxes).toHaveLength(3);
    // Named from the model, not by their ids.
    expect(within(types).getByLabelText("participates in")).toBeTruthy();
    expect(within(types).getByLabelText("disseminates products to")).toBeTruthy();

    const service = screen.getByRole("combobox", { name: /Service/ });
    expect(service).toHaveProperty("value", "General Intelligence and Security Service");
  });

  it("submits the defaults as typed values, leaving empty inputs to the server", async () => {
    const onSubmit = vi.fn();
    render(<ParamForm schema={schema} submitLabel="Run" onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(onSubmit).toHaveBeenCalledWith({ threshold: 3, service: "sgrs" });
  });

  it("submits what was changed: a number, checked types in the model's order, a date and a picked entity", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<ParamForm schema={schema} submitLabel="Run" onSubmit={onSubmit} />);

    const threshold = screen.getByLabelText(/Threshold/);
    await user.clear(threshold);
    await user.type(threshold, "7");
    await user.click(screen.getByLabelText("counters"));
    await user.click(screen.getByLabelText("participates in"));
    await user.type(screen.getByLabelText(/As of/), "2024-05-01");
    const service = screen.getByRole("combobox", { name: /Service/ });
    await user.clear(service);
    await user.type(service, "state");
    await user.click(await screen.findByRole("option", { name: /State Security/ }));
    await user.click(screen.getByRole("button", { name: "Run" }));

    expect(onSubmit).toHaveBeenCalledWith({
      threshold: 7,
      asOf: "2024-05-01",
      types: ["PARTICIPATES_IN", "COUNTERS"],
      service: "vsse",
    });
  });

  it("refuses a number outside its bounds, saying which, and does not submit", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<ParamForm schema={schema} submitLabel="Run" onSubmit={onSubmit} />);
    const threshold = screen.getByLabelText(/Threshold/);
    await user.clear(threshold);
    await user.type(threshold, "0");
    await user.click(screen.getByRole("button", { name: "Run" }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(threshold.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("At least 1.")).toBeTruthy();
  });

  it("shows the server's messages next to their fields", () => {
    render(<ParamForm schema={schema} submitLabel="Run" onSubmit={() => undefined} errors={{ threshold: ["Too small: expected number to be >=1"] }} />);
    const threshold = screen.getByLabelText(/Threshold/);
    const described = threshold.getAttribute("aria-describedby") ?? "";
    expect(described.split(" ").map((id) => document.getElementById(id)?.textContent).join(" ")).toContain("Too small");
  });
});
