/** Small named graphs with known answers, as projections. */
import { buildProjection, type ProjectionInput } from "../../../server/analytics/projection.ts";

/** Relationships written "a-b" (id r0, r1, … in order), all of one type. */
export function fromPairs(pairs: string[], extraNodes: string[] = [], type = "COOPERATES_WITH"): ProjectionInput {
  const ids = new Set(extraNodes);
  const edges = pairs.map((pair, i) => {
    const [source, target] = pair.split("-") as [string, string];
    ids.add(source);
    ids.add(target);
    return { id: `r${i}`, type, source, target };
  });
  return { nodes: [...ids].map((id) => ({ id, kind: "Service" })), edges };
}

export const pathGraph = () => buildProjection(fromPairs(["a-b", "b-c", "c-d", "d-e"]));
export const cycleGraph = () => buildProjection(fromPairs(["a-b", "b-c", "c-d", "d-e", "e-a"]));
/** Two triangles sharing c: the bow tie. */
export const bowTie = () => buildProjection(fromPairs(["a-b", "b-c", "c-a", "c-d", "d-e", "e-c"]));
/** a = b doubled, then b - c single. */
export const doubledLink = () => buildProjection(fromPairs(["a-b", "b-a", "b-c"]));
