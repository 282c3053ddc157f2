import { articulationPoints } from "../../server/analytics/articulation-points.ts";
import { betweenness } from "../../server/analytics/betweenness.ts";
import { bridges } from "../../server/analytics/bridges.ts";
import { connectedComponents } from "../../server/analytics/components.ts";
import type { Projection } from "../../server/analytics/projection.ts";
import { compareIds } from "../../server/analytics/result-order.ts";
import { whatIf } from "../../server/analytics/what-if.ts";
import {
  betweennessReferenceInput, cytoscapeBiconnected, cytoscapeOf, differenceInGroups, differenceInIds, differenceInScores,
  graphologyComponents, graphologyMetricsBetweenness,
} from "./reference-analytics.ts";
import { timeRepeated } from "./repeated-runs.ts";

/**
 * The analyses the bench times on a fetched projection, each against a reference
 * implementation run in the same process on the same graph where one exists and finishes
 * in reasonable time. Every scenario reports whether the two answers agree.
 */
export interface AnalyticsScenario {
  name: string;
  /** The reference, or why there is none at this size. */
  reference: string;
  measure(graph: Projection): Promise<ScenarioTiming>;
}

export interface ScenarioTiming {
  oursMs: number[];
  /** Null when there is no reference at this size. */
  referenceMs: number[] | null;
}

export interface ScenarioOptions {
  size: number;
  /** Timed runs per side (fewer for slow operations; see repeated-runs.ts). */
  repetitions: number;
  say: (line: string) => void;
}

export const analyticsScenarioDefaults = {
  /**
   * Largest graph the slow references run on: above it, Cytoscape's recursive search
   * overflows the call stack (its instance alone takes over 30 s to build) and exact
   * betweenness, O(V·E), would take hours in graphology-metrics.
   */
  referenceUpTo: 10_000,
  /** Betweenness is exact up to `referenceUpTo` entities, then sampled from this many sources. */
  betweennessSampleSize: 500,
};

export function analyticsScenarios({ size, repetitions, say }: ScenarioOptions): AnalyticsScenario[] {
  const withReference = size <= analyticsScenarioDefaults.referenceUpTo;
  const repeat = <T>(operation: () => T) => timeRepeated(operation, { repetitions });
  const compare = (name: string, difference: string | undefined) => {
    say(difference === undefined ? `[${size}] ${name}: same answer as the reference` : `warning: [${size}] ${name}: ${difference}`);
  };
  const sampleSize = analyticsScenarioDefaults.betweennessSampleSize;
  return [
    {
      name: "articulation points + bridges",
      reference: withReference
        ? "Cytoscape.js hopcroftTarjanBiconnected (building the instance not timed)"
        : "none (Cytoscape.js overflows the call stack at this size)",
      async measure(graph) {
        const ours = await repeat(() => ({ cut: articulationPoints(graph), bridges: bridges(graph) }));
        if (!withReference) return { oursMs: ours.samplesMs, referenceMs: null };
        const begun = performance.now();
        const cy = cytoscapeOf(graph);
        say(`[${size}] Cytoscape.js instance built in ${Math.round(performance.now() - begun)} ms (not timed)`);
        try {
          const reference = await repeat(() => cytoscapeBiconnected(cy));
          compare("cut vertices", differenceInIds(ours.last.cut, reference.last.cut.map((node) => node.id())));
          return { oursMs: ours.samplesMs, referenceMs: reference.samplesMs };
        } finally {
          cy.destroy();
        }
      },
    },
    {
      name: "components",
      reference: "graphology-components connectedComponents",
      async measure(graph) {
        const ours = await repeat(() => connectedComponents(graph));
        const reference = await repeat(() => graphologyComponents(graph));
        compare("components", differenceInGroups(ours.last, reference.last));
        return { oursMs: ours.samplesMs, referenceMs: reference.samplesMs };
      },
    },
    withReference
      ? {
        name: "betweenness (exact)",
        reference: "graphology-metrics betweenness, exact (building its simple undirected view not timed)",
        async measure(graph) {
          const ours = await repeat(() => betweenness(graph).scores);
          const view = betweennessReferenceInput(graph);
          const reference = await repeat(() => graphologyMetricsBetweenness(view));
          compare("betweenness", differenceInScores(ours.last, reference.last));
          return { oursMs: ours.samplesMs, referenceMs: reference.samplesMs };
        },
      }
      : {
        name: `betweenness (sampled, k=${sampleSize})`,
        reference: "none (exact betweenness in graphology-metrics would take hours at this size)",
        async measure(graph) {
          const ours = await repeat(() => betweenness(graph, { sampleSize }));
          return { oursMs: ours.samplesMs, referenceMs: null };
        },
      },
    {
      name: "what-if",
      reference: "none (no reference implementation)",
      async measure(graph) {
        const hub = highestDegreeNode(graph);
        say(`[${size}] what-if removes ${hub} (degree ${graph.degree(hub)})`);
        const ours = await repeat(() => whatIf(graph, { removeNodes: [hub] }));
        say(`[${size}] what-if cuts off ${ours.last.cutOff.length} entities`);
        return { oursMs: ours.samplesMs, referenceMs: null };
      },
    },
  ];
}

/** The entity with the most relationships; between equals, the smallest id. */
function highestDegreeNode(graph: Projection): string {
  let best: string | undefined;
  let bestDegree = -1;
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    if (degree > bestDegree || (degree === bestDegree && compareIds(node, best!) < 0)) {
      best = node;
      bestDegree = degree;
    }
  });
  if (best === undefined) throw new Error("the projection is empty: no entity to remove");
  return best;
}
