/**
 * The as-of slider works in years: from FIRST_YEAR to this year, and one step past it
 * meaning "all dates" (no date filter). A year before this one stands for its last day;
 * this year stands for today, so that the slider never asks about the future.
 */
export const FIRST_YEAR = 2000;

export interface YearScale {
  min: number;
  /** The position meaning "all dates". */
  max: number;
  currentYear: number;
}

export function yearScale(today: Date = new Date()): YearScale {
  const currentYear = today.getFullYear();
  return { min: FIRST_YEAR, max: currentYear + 1, currentYear };
}

/** The slider position of an as-of date (null: all dates). */
export function sliderValue(asOf: string | null, scale: YearScale): number {
  if (asOf === null) return scale.max;
  const year = Number(asOf.slice(0, 4));
  return Math.min(Math.max(year, scale.min), scale.currentYear);
}

/** The as-of date a slider position stands for. */
export function asOfAt(position: number, scale: YearScale, today: Date = new Date()): string | null {
  if (position >= scale.max) return null;
  if (position >= scale.currentYear) return isoDate(today);
  return `${Math.max(position, scale.min)}-12-31`;
}

/** YYYY-MM-DD in local time, as a date input shows it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date input's value as an as-of date: empty or malformed means all dates. */
export function asOfFromInput(value: string): string | null {
  return DATE.test(value) ? value : null;
}
