// @vitest-environment node
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { showCanvas, shownCanvas } from "./shownCanvas";

describe("the canvas on screen", () => {
  it("is the last one shown, and withdrawing an older one leaves the newer in place", () => {
    const older = cytoscape({ headless: true });
    const newer = cytoscape({ headless: true });
    const withdrawOlder = showCanvas(older);
    const withdrawNewer = showCanvas(newer);
    withdrawOlder();
    expect(shownCanvas()).toBe(newer);
    withdrawNewer();
    expect(shownCanvas()).toBeNull();
  });
});
