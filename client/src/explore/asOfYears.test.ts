// @vitest-environment node
import { describe, expect, it } from "vitest";
import { asOfAt, asOfFromInput, FIRST_YEAR, sliderValue, yearScale } from "./asOfYears";

const today = new Date(2025, 4, 7);
const scale = yearScale(today);

describe("the as-of year slider", () => {
  it("runs from the first year to one step past this year, which means all dates", () => {
    expect(scale).toEqual({ min: FIRST_YEAR, max: 2026, currentYear: 2025 });
    expect(asOfAt(scale.max, scale, today)).toBeNull();
    expect(sliderValue(null, scale)).toBe(scale.max);
  });

  it("reads a past year as its last day and this year as today", () => {
    expect(asOfAt(2012, scale, today)).toBe("2012-12-31");
    expect(asOfAt(2025, scale, today)).toBe("2025-05-07");
  });

  it("puts a date on its year, clamped to the slider's range", () => {
    expect(sliderValue("2012-03-01", scale)).toBe(2012);
    expect(sliderValue("1990-01-01", scale)).toBe(FIRST_YEAR);
    expect(sliderValue("2031-01-01", scale)).toBe(2025);
  });

  it("takes a date input's value as a date, and an empty one as all dates", () => {
    expect(asOfFromInput("2019-06-30")).toBe("2019-06-30");
    expect(asOfFromInput("")).toBeNull();
  });
});
