import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median, NoSamplesError, percentile } from "./stats.ts";

/** The definition, by brute force: sort, then interpolate between the two closest ranks. */
function sortedPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower]! + (rank - lower) * (sorted[upper]! - sorted[lower]!);
}

const samples = fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 });
const latencyLike = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 });

describe("percentile", () => {
  it("agrees with sorting on random arrays, for any percentile", () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 100, noNaN: true }), (values, p) => {
        expect(percentile(values, p)).toBeCloseTo(sortedPercentile(values, p), 9);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with sorting when many samples are equal, as millisecond timings often are", () => {
    fc.assert(
      fc.property(latencyLike, fc.constantFrom(0, 5, 50, 95, 99, 100), (values, p) => {
        expect(percentile(values, p)).toBe(sortedPercentile(values, p));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves the caller's samples in their order", () => {
    const values = [5, 1, 4, 2, 3];
    percentile(values, 95);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it("refuses an empty sample and a percentile outside 0–100", () => {
    expect(() => percentile([], 50)).toThrow(NoSamplesError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("agrees with sorting on random arrays", () => {
    fc.assert(fc.property(samples, (values) => {
      expect(median(values)).toBeCloseTo(sortedPercentile(values, 50), 9);
    }), { numRuns: 300 });
  });
});
