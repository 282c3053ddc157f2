import { CLASSIFICATIONS, highestMarking, levelText, type Classification, type ResponseMarking } from "../../../contract/markings.ts";

/**
 * Security markings as the client shows them; contract/markings.ts has the rules: the
 * highest level wins, caveats add up, and a level this code does not know counts as the
 * highest, so a banner never shows less than the data may be.
 */
export type Marking = ResponseMarking;

/** What an unknown level counts as: the highest the contract knows. */
const HIGHEST = CLASSIFICATIONS[CLASSIFICATIONS.length - 1]!;

export const UNCLASSIFIED: Marking = { classification: "UNCLASSIFIED", caveats: [] };

/** An answer's `marking` member; absent or null: UNCLASSIFIED (until every route sends one). */
export function readMarking(value: unknown): Marking {
  if (typeof value !== "object" || value === null) return UNCLASSIFIED;
  const { classification, caveats } = value as { classification?: unknown; caveats?: unknown };
  const level = classification === undefined || classification === null ? "UNCLASSIFIED" : String(classification);
  return highestMarking([{
    classification: (CLASSIFICATIONS as readonly string[]).includes(level) ? (level as Classification) : HIGHEST,
    caveats: Array.isArray(caveats) ? caveats.map(String) : [],
  }]);
}

/**
 * "GEHEIM — REL NATO": the level by `levelName` (its name in the reader's language, see
 * useClassificationName), the caveats as they are written, since they are codes.
 */
export function markingText(marking: Marking, levelName: (level: string) => string = levelText): string {
  const level = levelName(marking.classification);
  return marking.caveats.length ? `${level} — ${marking.caveats.join(", ")}` : level;
}
