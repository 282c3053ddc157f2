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

export const analysisScopeSchema = z.object({
  minConfidence: z.enum(CONFIDENCE_LEVELS),
  sources: z.array(z.string()).optional(),
}).describe("What the analysis counted: the lowest confidence and the import sources (all when absent).").meta({ id: "AnalysisScope" });

/**
 * How far an answer rests on links below high confidence: the answer compared with the
 * same analysis counting only what a source states.
 */
export const assumptionReportSchema = z.object({
  minConfidence: z.enum(CONFIDENCE_LEVELS),
  dependentFindings: z.number().int().describe("Findings of this answer that vanish when only high-confidence links count."),
  hiddenFindings: z.number().int().describe("Findings that appear when only high-confidence links count: weaker links hide them here."),
  dependent: z.array(z.string()).describe("Keys (ids) of the dependent findings."),
  hidden: z.array(z.string()).describe("Keys (ids) of the hidden findings."),
  compared: z.boolean().describe("False when the strict comparison could not be made."),
}).meta({ id: "AssumptionReport" });

export type AssumptionReport = z.infer<typeof assumptionReportSchema>;

/** A finding's identity across two answers (the key `dependent` and `hidden` list): its id, else its whole content. */
export function findingKey(row: Record<string, unknown>): string {
  return typeof row.id === "string" ? row.id : JSON.stringify(row, Object.keys(row).sort());
}
