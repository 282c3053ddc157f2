import { SEARCH_WORDS } from "./names.ts";
import type { Random } from "./prng.ts";
import { rawNeighbourhood, rawSearch, type RawDriver } from "./raw-driver.ts";

/**
 * What the bench measures: each scenario is one API request and the same work through
 * the raw driver. The limits are the routes' defaults, which the API applies when a
 * request names none.
 */
export interface Scenario {
  name: string;
  /** Draws the next input (an id or a word); each side draws from the same seeded sequence. */
  draw(random: Random): string;
  path(input: string): string;
  raw(raw: RawDriver, input: string): Promise<void>;
}

const NEIGHBOURHOOD_LIMIT = 200;
const SEARCH_LIMIT = 10;

export function benchScenarios(ids: readonly string[]): Scenario[] {
  return [neighbourhood(ids, 1), neighbourhood(ids, 2), search()];
}

function neighbourhood(ids: readonly string[], depth: number): Scenario {
  return {
    name: `neighbourhood depth ${depth}`,
    draw: (random) => random.pick(ids),
    path: (id) => `/api/nodes/${encodeURIComponent(id)}/neighbourhood?depth=${depth}`,
    raw: (raw, id) => rawNeighbourhood(raw, { id, depth, limit: NEIGHBOURHOOD_LIMIT }),
  };
}

function search(): Scenario {
  return {
    name: "search",
    draw: (random) => random.pick(SEARCH_WORDS),
    path: (word) => `/api/search?q=${encodeURIComponent(word)}`,
    raw: (raw, word) => rawSearch(raw, { q: word, limit: SEARCH_LIMIT }),
  };
}
