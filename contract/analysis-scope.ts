import { z } from "zod";

/**
 * What an analysis counts: the links it trusts and the import sources it reads. Every
 * canned query and what-if take it, so a manager can see which findings rest on assumed
 * links and analyse one imported network apart from the seed.
 *
 * Confidence is the analyst's judgement of an element (low: an assumption; medium: an
 * inference; high: stated by a source). An element without one is documented, so counts as
 * high. `minConfidence: "low"` (the default) lets every link count.
 */
export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const minConfidenceParam = z.enum(CONFIDENCE_LEVELS).default("low")
  .describe("Leave out elements whose confidence is below this level: low counts every link, medium leaves out assumptions, high keeps only what a source states.");

export const sourcesParam = z.array(z.string().trim().min(1).max(200)).min(1).max(50).optional()
  .describe("Analyse only elements loaded from these import sources (such as seed); every source when absent.");

export interface AnalysisScope {
  minConfidence: ConfidenceLevel;
  /** Import sources to analyse; all when absent. */
  sources?: readonly string[];
}

export const FULL_SCOPE: AnalysisScope = { minConfidence: "low" };

/** The confidence levels a scope leaves out (those below its minimum). */
export function confidenceBelow(minConfidence: ConfidenceLevel): ConfidenceLevel[] {
  return CONFIDENCE_LEVELS.slice(0, CONFIDENCE_LEVELS.indexOf(minConfidence));
}

/** The scope's answer to "does this element count?", the same rule the Cypher `@inScope` applies. */
export function inScope(scope: AnalysisScope, element: { confidence?: unknown; provenanceSource?: unknown }): boolean {
  const confidence = typeof element.confidence === "string" ? element.confidence : "high";
  if ((confidenceBelow(scope.minConfidence) as string[]).includes(confidence)) return false;
  return scope.sources === undefined || (typeof element.provenanceSource === "string" && scope.sources.includes(element.provenanceSource));
}

export function scopeKey(scope: AnalysisScope): string {
  return `${scope.minConfidence}|${scope.sources ? [...scope.sources].sort().join(",") : "*"}`;
}
