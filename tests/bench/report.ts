import type { LoadReport } from "./load-graph.ts";
import type { Measurement } from "./measurement.ts";
import { median, percentile } from "./stats.ts";

/**
 * One line of the bench's output. For latencies, `median` and `p95` are the API's and
 * `baseline` the raw driver's median; for a rate, `median` holds the API's rate and
 * `baseline` the driver's. For an analysis, they are over repeated runs of our code and of
 * a reference implementation. For an import, they are the median rates of repeated runs of
 * the product's import path and of a raw driver loop. `ratio` is ours ÷ baseline.
 */
export interface BenchRow {
  name: string;
  /** Entities in the graph; for the import rows, elements (entities + relationships) in the file. */
  size: number;
  unit: "ms" | "req/s" | "s" | "elements/s";
  /** Null where our side did not succeed once (an import larger than one transaction can hold). */
  median: number | null;
  p95: number | null;
  baseline: number | null;
  ratio: number | null;
}

export function loadRows(size: number, load: LoadReport): BenchRow[] {
  return [
    { name: "load", size, unit: "s", median: round(load.seconds), p95: null, baseline: null, ratio: null },
    { name: "load rate", size, unit: "elements/s", median: round(load.elementsPerSecond), p95: null, baseline: null, ratio: null },
  ];
}

export function scenarioRows(name: string, size: number, api: Measurement, raw: Measurement): BenchRow[] {
  const apiMedian = median(api.latenciesMs);
  const rawMedian = median(raw.latenciesMs);
  const apiRate = api.latenciesMs.length / api.seconds;
  const rawRate = raw.latenciesMs.length / raw.seconds;
  return [
    {
      name, size, unit: "ms", median: round(apiMedian), p95: round(percentile(api.latenciesMs, 95)),
      baseline: round(rawMedian), ratio: round(apiMedian / rawMedian),
    },
    {
      name: `${name} throughput`, size, unit: "req/s", median: round(apiRate), p95: null,
      baseline: round(rawRate), ratio: round(apiRate / rawRate),
    },
  ];
}

/** Repeated runs of our code against a reference's (null where there is none). */
export function repeatedRow(name: string, size: number, oursMs: number[], referenceMs: number[] | null): BenchRow {
  const ours = median(oursMs);
  const reference = referenceMs === null ? null : median(referenceMs);
  return {
    name, size, unit: "ms", median: round(ours), p95: round(percentile(oursMs, 95)),
    baseline: reference === null ? null : round(reference),
    // Significant digits rather than decimals: a ratio may be a few thousandths.
    ratio: reference === null ? null : Number((ours / reference).toPrecision(3)),
  };
}

/**
 * Import rates (elements/s) of repeated runs of the product's import path against the raw
 * loop's; with no successful product run, the median and ratio are empty.
 */
export function importRow(size: number, productRates: number[], rawRates: number[]): BenchRow {
  const ours = productRates.length > 0 ? median(productRates) : null;
  const raw = rawRates.length > 0 ? median(rawRates) : null;
  return {
    name: "import", size, unit: "elements/s", median: ours === null ? null : Math.round(ours), p95: null,
    baseline: raw === null ? null : Math.round(raw), ratio: ours === null || raw === null ? null : round(ours / raw),
  };
}

const COLUMNS = ["name", "size", "unit", "median", "p95", "baseline", "ratio"] as const;

/** Plain-text table: text columns aligned left, numbers right. */
export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((row) => [
    row.name, formatSize(row.size), row.unit, formatNumber(row.median), formatNumber(row.p95),
    formatNumber(row.baseline), formatRatio(row.ratio),
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const render = (line: readonly string[]) =>
    line.map((cell, i) => (i === 0 || i === 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  return [render(COLUMNS), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(render)].join("\n");
}

function formatSize(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

function formatNumber(value: number | null): string {
  if (value === null) return "–";
  if (value >= 100) return Math.round(value).toLocaleString("en-US");
  return value.toFixed(value >= 10 ? 1 : 2);
}

/** Two decimals, or two significant digits below 0.1, where an analysis is far faster than its reference. */
function formatRatio(ratio: number | null): string {
  if (ratio === null) return "–";
  return ratio >= 0.1 || ratio === 0 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

/** A figure kept to three decimals in the rows. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
