import type { EdgeToWrite, NodeToWrite } from "./raw-graph.ts";

/**
 * The four manager questions of issue 13 by brute force, straight from their definitions,
 * over a small graph held in memory. `counts` says whether one element counts (the viewer
 * may see it, the analysis scope keeps it, it is valid on the date asked); a relationship
 * counts only when both its ends do.
 */
export interface SmallGraph { nodes: NodeToWrite[]; edges: EdgeToWrite[] }
export type Counts = (props: Record<string, unknown>) => boolean;

function counted(graph: SmallGraph, counts: Counts) {
  const nodes = new Map(graph.nodes.filter((node) => counts(node.props)).map((node) => [node.id, node]));
  const edges = graph.edges.filter((edge) => counts(edge.props) && nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes, edges };
}

const sorted = (list: Iterable<string>) => [...list].sort();

/** "from>to" → the flows from→to, for each pair with a product flow one way and none back. */
export function oneWayFlows(graph: SmallGraph, counts: Counts): Map<string, string[]> {
  const flows = counted(graph, counts).edges.filter((edge) => edge.type === "DISSEMINATES_TO");
  const pairs = new Map<string, string[]>();
  for (const flow of flows) {
    if (flows.some((back) => back.source === flow.target && back.target === flow.source)) continue;
    const key = `${flow.source}>${flow.target}`;
    pairs.set(key, sorted([...(pairs.get(key) ?? []), flow.id]));
  }
  return pairs;
}

/**
 * Partner id → the bodies it is only invited to, for each partner with no seat in a body;
 * an invitation is a seat when `countInvitees`.
 */
export function partnersOutsideBodies(graph: SmallGraph, counts: Counts, countInvitees: boolean): Map<string, string[]> {
  const { nodes, edges } = counted(graph, counts);
  const found = new Map<string, string[]>();
  for (const partner of nodes.values()) {
    if (partner.kind !== "Partner") continue;
    const seats = edges.filter((edge) =>
      edge.type === "PARTICIPATES_IN" && edge.source === partner.id && nodes.get(edge.target)?.kind === "Body");
    if (seats.some((seat) => countInvitees || seat.props.role !== "invitee")) continue;
    found.set(partner.id, sorted(seats.map((seat) => seat.target)));
  }
  return found;
}

/**
 * "service>entity" → the liaisons and the relationships placing them, for each service
 * that assigns or manages a liaison posted to an entity with no product flow between the
 * service and that entity in either direction.
 */
export function liaisonsWithoutFlow(graph: SmallGraph, counts: Counts): Map<string, { liaisons: string[]; edgeIds: string[] }> {
  const { nodes, edges } = counted(graph, counts);
  const found = new Map<string, { liaisons: Set<string>; edgeIds: Set<string> }>();
  for (const placed of edges) {
    if (placed.type !== "ASSIGNS" && placed.type !== "MANAGES") continue;
    if (nodes.get(placed.source)?.kind !== "Service" || nodes.get(placed.target)?.kind !== "Liaison") continue;
    for (const posted of edges) {
      if (posted.type !== "POSTED_TO" || posted.source !== placed.target) continue;
      const [service, entity] = [placed.source, posted.target];
      const flow = edges.some((edge) => edge.type === "DISSEMINATES_TO" &&
        ((edge.source === service && edge.target === entity) || (edge.source === entity && edge.target === service)));
      if (flow) continue;
      const key = `${service}>${entity}`;
      const pair = found.get(key) ?? { liaisons: new Set<string>(), edgeIds: new Set<string>() };
      pair.liaisons.add(placed.target);
      pair.edgeIds.add(placed.id).add(posted.id);
      found.set(key, pair);
    }
  }
  return new Map([...found].map(([key, pair]) => [key, { liaisons: sorted(pair.liaisons), edgeIds: sorted(pair.edgeIds) }]));
}

/**
 * Element id → its one document, for each element that cites a document while no element
 * stating the same fact cites another: an entity is stated once; a relationship states
 * the same fact as every relationship of its type from the same entity to the same entity.
 */
export function singleSourceFacts(graph: SmallGraph, counts: Counts): Map<string, string> {
  const { nodes, edges } = counted(graph, counts);
  const found = new Map<string, string>();
  const documentOf = (props: Record<string, unknown>) => props.provenanceDocument as string | undefined;
  for (const node of nodes.values()) {
    const document = documentOf(node.props);
    if (document !== undefined) found.set(node.id, document);
  }
  for (const edge of edges) {
    const document = documentOf(edge.props);
    if (document === undefined) continue;
    const documents = new Set(edges
      .filter((other) => other.type === edge.type && other.source === edge.source && other.target === edge.target)
      .map((other) => documentOf(other.props))
      .filter((other) => other !== undefined));
    if (documents.size === 1) found.set(edge.id, document);
  }
  return found;
}
