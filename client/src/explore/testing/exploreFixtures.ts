import seedModelJson from "../../../../server/model/graph-model.json";
import type { GraphElements } from "../../../../contract/elements.ts";
import { useGraphStore } from "../../graph/graphStore";
import { type GraphModel } from "../../graph/graphModelSchema";
import { graphModelSchema } from "../../../../contract/model.ts";
import { defaultViewState } from "../../view/viewState";
import { useViewStore } from "../../view/viewStore";

/** The real model, as the API serves it. */
export const seedModel: GraphModel = graphModelSchema.parse(seedModelJson);

export const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  data: { id, kind, name: (extra.name as string | undefined) ?? id, ...extra },
});

export const edge = (id: string, source: string, target: string, type = "COOPERATES_WITH") => ({
  data: { id, source, target, type },
});

/**
 * A small cooperation network: two services liaising, a national and an international
 * partner, a body both take part in, and a project hanging on one service only.
 */
export const smallGraph: GraphElements = {
  nodes: [
    node("sgrs", "Service", { name: "General Intelligence and Security Service", acronymEn: "GISS", acronymFr: "SGRS" }),
    node("vsse", "Service", { name: "State Security Service", acronymFr: "VSSE" }),
    node("police", "Partner", { name: "Federal Police", scope: "national" }),
    node("nato", "Partner", { name: "NATO", scope: "international" }),
    node("cns", "Body", { name: "National Security Council" }),
    node("p1", "Project", { name: "Project one" }),
  ],
  edges: [
    edge("e1", "sgrs", "vsse", "MEETS_INFORMALLY"),
    edge("e2", "sgrs", "police", "MEETS_INFORMALLY"),
    edge("e3", "vsse", "nato", "MEETS_INFORMALLY"),
    edge("e4", "sgrs", "cns", "PARTICIPATES_IN"),
    edge("e5", "vsse", "cns", "PARTICIPATES_IN"),
    edge("e6", "sgrs", "p1", "PARTICIPATES_IN"),
  ],
};

/** Both stores back to a loaded small graph and the default view. */
export function resetStores(graph: GraphElements = smallGraph): void {
  useGraphStore.setState({ model: seedModel, elements: graph, total: graph.nodes.length, truncated: false, status: { type: "idle" } });
  useViewStore.setState({ ...defaultViewState, emphasis: null, whatIfImpact: null, focus: null });
}
