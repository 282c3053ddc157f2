import type { FileAttribute } from "../../../contract/import-mapping.ts";

/** How many distinct values of an attribute are counted before the count stops. */
export const DISTINCT_CAP = 1_000;
const SAMPLES = 5;
const SAMPLE_LENGTH = 200;

type Sample = string | number | boolean;

/**
 * The attributes of one side of a file (nodes or edges) as they go by: for each, how
 * many elements carry it, its first few different values, and how many different
 * values it has, counted up to DISTINCT_CAP so that a column of a million ids costs
 * no more than a thousand.
 */
export class AttributeProfile {
  private readonly attributes = new Map<string, { count: number; samples: Sample[]; distinct: Map<string, string>; capped: boolean }>();

  add(name: string, value: unknown): void {
    if (value === undefined || value === null || value === "") return;
    let entry = this.attributes.get(name);
    if (!entry) {
      entry = { count: 0, samples: [], distinct: new Map(), capped: false };
      this.attributes.set(name, entry);
    }
    entry.count++;
    const sample = asSample(value);
    const key = `${typeof sample}:${String(sample)}`;
    if (entry.distinct.has(key)) return;
    if (entry.distinct.size >= DISTINCT_CAP) {
      entry.capped = true;
      return;
    }
    entry.distinct.set(key, String(sample));
    if (entry.samples.length < SAMPLES) entry.samples.push(sample);
  }

  /** The different values (as text) of each attribute that has at most `limit` of them: a kind or type column's table rows. */
  fewValues(limit: number): Record<string, string[]> {
    const few: Record<string, string[]> = {};
    for (const [name, entry] of this.attributes) {
      if (!entry.capped && entry.distinct.size <= limit) few[name] = [...new Set(entry.distinct.values())];
    }
    return few;
  }

  /** The attributes in the order they were first met. */
  list(): FileAttribute[] {
    return [...this.attributes].map(([name, entry]) => ({
      name, count: entry.count, samples: entry.samples, distinct: entry.distinct.size, distinctCapped: entry.capped,
    }));
  }
}

/** A value as the mapping screen shows it: scalars as they are, anything else (a JSON list) as short text. */
function asSample(value: unknown): Sample {
  if (typeof value === "string") return value.slice(0, SAMPLE_LENGTH);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value).slice(0, SAMPLE_LENGTH);
}
