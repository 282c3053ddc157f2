// @vitest-environment node
import { describe, expect, it } from "vitest";
import { keyboardAction } from "./keyboardAction";

describe("keyboardAction", () => {
  it("zooms in on plus and out on minus", () => {
    expect(keyboardAction("+")).toMatchObject({ type: "zoom" });
    expect((keyboardAction("+") as { factor: number }).factor).toBeGreaterThan(1);
    expect((keyboardAction("-") as { factor: number }).factor).toBeLessThan(1);
  });

  it("pans the view the way the arrow points, further with Shift", () => {
    expect(keyboardAction("ArrowRight")).toEqual({ type: "pan", dx: -60, dy: 0 });
    expect(keyboardAction("ArrowUp")).toEqual({ type: "pan", dx: 0, dy: 60 });
    expect(keyboardAction("ArrowDown", { shift: true })).toEqual({ type: "pan", dx: 0, dy: -240 });
  });

  it("clears the selection on Escape and ignores other keys", () => {
    expect(keyboardAction("Escape")).toEqual({ type: "clearSelection" });
    expect(keyboardAction("a")).toBeNull();
    expect(keyboardAction("Enter")).toBeNull();
  });
});
