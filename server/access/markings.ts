import { highestMarking, type Marking } from "../../contract/markings.ts";

/**
 * The rules of security markings live in contract/markings.ts, shared with the
 * dashboard; this module adds how elements and records store a marking.
 */

/**
 * A marking as elements and records store it: no property for UNCLASSIFIED or for no
 * caveats, caveats normalised, sorted and `;`-separated. What Cypher's @visible(x) reads.
 */
export function storedMarking(marking: Marking): { classification: string | null; caveats: string | null } {
  const { classification, caveats } = highestMarking([marking]);
  return { classification: classification === "UNCLASSIFIED" ? null : classification, caveats: caveats.length > 0 ? caveats.join(";") : null };
}
