import { describe, expect, it } from "vitest";
import { repetitionDefaults, runsWanted, timeRepeated } from "./repeated-runs.ts";

describe("repeated runs", () => {
  it("runs a fast operation once to warm up, then the wanted number of times", async () => {
    let calls = 0;
    const timing = await timeRepeated(() => ++calls, { repetitions: 4 });
    expect(calls).toBe(5);
    expect(timing.samplesMs).toHaveLength(4);
    expect(timing.warmUpMs).toBeDefined();
    expect(timing.last).toBe(5);
  });

  it("counts a first run slower than the warm-up threshold", async () => {
    let calls = 0;
    const timing = await timeRepeated(() => ++calls, { repetitions: 3, warmUpBelowMs: 0 });
    expect(calls).toBe(3);
    expect(timing.warmUpMs).toBeUndefined();
  });

  it("times a slow operation twice, and a very slow one once", async () => {
    expect(runsWanted(500, repetitionDefaults)).toBe(5);
    expect(runsWanted(15_000, repetitionDefaults)).toBe(2);
    expect(runsWanted(90_000, repetitionDefaults)).toBe(1);
    let calls = 0;
    const timing = await timeRepeated(() => ++calls, { warmUpBelowMs: 0, slowMs: -1 });
    expect(timing.samplesMs).toHaveLength(2);
    expect(calls).toBe(2);
  });
});
