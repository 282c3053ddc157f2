import type { Request } from "express";
import { CLASSIFICATIONS, classificationRank, normaliseCaveat, type Clearance } from "../../contract/markings.ts";

/**
 * What one reader may see, as the parameters every read statement filters on: the
 * classifications within the reader's clearance (`$markings`) and the caveats held
 * (`$caveats`). Cypher applies canSee's rule (markings.ts) through these two lists, on
 * every entity and relationship it reads, returns or counts.
 */
export interface Viewer {
  readonly markings: readonly string[];
  readonly caveats: readonly string[];
  /** Tells viewers apart in caches: equal keys see exactly the same graph. */
  readonly key: string;
}

export function viewerFor(clearance: Clearance): Viewer {
  const markings = CLASSIFICATIONS.slice(0, classificationRank(clearance.level) + 1);
  const caveats = [...new Set(clearance.caveats.map(normaliseCaveat))].sort();
  return { markings, caveats, key: `${markings.at(-1) ?? "NONE"}|${caveats.join(";")}` };
}

/** The lowest clearance there is: UNCLASSIFIED and no caveat. */
export const NARROWEST_VIEWER: Viewer = viewerFor({ level: "UNCLASSIFIED", caveats: [] });

/**
 * The one place a request becomes a viewer: the signed-in user's clearance and caveats,
 * or the narrowest viewer when nobody is signed in.
 */
export function viewerOf(req: Request): Viewer {
  return req.user ? viewerFor({ level: req.user.clearance, caveats: req.user.caveats }) : NARROWEST_VIEWER;
}

/** The signed-in user's clearance, or the lowest one when nobody is signed in: what canSee takes. */
export function clearanceOf(req: Request): Clearance {
  return req.user ? { level: req.user.clearance, caveats: req.user.caveats } : { level: "UNCLASSIFIED", caveats: [] };
}

/** The statement parameters of a viewer. */
export function viewerParameters(viewer: Viewer): { markings: string[]; caveats: string[] } {
  return { markings: [...viewer.markings], caveats: [...viewer.caveats] };
}
