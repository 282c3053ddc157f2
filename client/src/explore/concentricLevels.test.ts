// @vitest-environment node
import { describe, expect, it } from "vitest";
import { concentricLevel, concentricLevels } from "./concentricLevels";
import { seedModel } from "./testing/exploreFixtures";

describe("concentricLevels", () => {
  it("gives each kind its own ring, the model's first kind in the centre", () => {
    const levels = concentricLevels(seedModel);
    const values = seedModel.kinds.map((kind) => levels.get(kind.id)!);
    expect(new Set(values).size).toBe(seedModel.kinds.length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(concentricLevel(levels, seedModel.kinds[0]!.id)).toBe(Math.max(...values));
  });

  it("puts a kind the model does not know on the outermost ring", () => {
    const levels = concentricLevels(seedModel);
    expect(concentricLevel(levels, "Unknown")).toBeLessThan(Math.min(...levels.values()));
    expect(concentricLevel(levels, undefined)).toBe(0);
  });
});
