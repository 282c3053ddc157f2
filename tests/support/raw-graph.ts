import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { canSee, type Clearance } from "../../contract/markings.ts";
import { markingOfProps } from "../../server/access/answer-marking.ts";

/**
 * The stored graph read and written around the product: its own driver, its own Cypher.
 * A test that checks what the product's writes did must not read the graph back through
 * the product's statements (a bug there would hide itself), and its set-up must be able
 * to write what no route would (a relationship to a SECRET node left unmarked, say).
 */

export interface StoredNode {
  /** Neo4j's own id: a node deleted and made again has another. */
  elementId: string;
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface StoredEdge {
  elementId: string;
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface GraphDump {
  nodes: Map<string, StoredNode>;
  edges: Map<string, StoredEdge>;
}

/** What a test writes: an entity (all :Entity plus its kind) or a relationship between two of them, with its stored properties. */
export interface NodeToWrite { id: string; kind: string; props: Record<string, unknown> }
export interface EdgeToWrite { id: string; type: string; source: string; target: string; props: Record<string, unknown> }

export class RawGraph {
  private readonly driver: Driver;
  private readonly database: string;

  constructor() {
    const connection = inject("neo4j");
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      logging: { level: "error", logger: () => {} },
    });
    this.database = connection.database;
  }

  /** Every entity and every relationship between entities, with everything Neo4j stores of them. */
  async dump(): Promise<GraphDump> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      const nodes = await session.run(
        "MATCH (n:Entity) RETURN elementId(n) AS elementId, n.id AS id, labels(n) AS labels, properties(n) AS props",
      );
      const edges = await session.run(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN elementId(r) AS elementId, r.id AS id, type(r) AS type, " +
        "a.id AS source, b.id AS target, properties(r) AS props",
      );
      return {
        nodes: new Map(nodes.records.map((record) => {
          const node = plain(record.toObject()) as unknown as StoredNode;
          return [node.id, { ...node, labels: [...node.labels].sort() }];
        })),
        edges: new Map(edges.records.map((record) => {
          const edge = plain(record.toObject()) as unknown as StoredEdge;
          return [edge.id, edge];
        })),
      };
    } finally {
      await session.close();
    }
  }

  /**
   * Replaces every entity with these (one transaction). The product caches reads by graph
   * version: the caller bumps it afterwards (seed/bump-graph-version), as every write does.
   */
  async replaceEntities(nodes: NodeToWrite[], edges: EdgeToWrite[]): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run("MATCH (n:Entity) DETACH DELETE n");
        await tx.run("UNWIND $nodes AS row CREATE (n:Entity) SET n = row.props, n.id = row.id SET n:$(row.kind)", { nodes });
        await tx.run(
          "UNWIND $edges AS row MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target}) " +
          "CREATE (a)-[r:$(row.type)]->(b) SET r = row.props, r.id = row.id",
          { edges },
        );
      });
    } finally {
      await session.close();
    }
  }

  /** Runs one statement of a test's own (set-up, or tampering a test looks for); returns its rows as plain objects. */
  async run(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ database: this.database });
    try {
      const result = await session.run(text, params);
      return result.records.map((record) => plain(record.toObject()) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/**
 * The elements of a dump that someone with this clearance may not see: a node by its own
 * marking; a relationship by its own marking and by both of its ends.
 */
export function hiddenFrom(clearance: Clearance, graph: GraphDump): GraphDump {
  const sees = (props: Record<string, unknown>) => canSee(clearance, markingOfProps(props));
  const nodes = new Map([...graph.nodes].filter(([, node]) => !sees(node.props)));
  const edges = new Map([...graph.edges].filter(([, edge]) =>
    !sees(edge.props) || !graph.nodes.has(edge.source) || nodes.has(edge.source) || !graph.nodes.has(edge.target) || nodes.has(edge.target)));
  return { nodes, edges };
}

/** A dump as canonical text: elements in id order, properties in key order; equal text, equal graphs byte for byte. */
export function canonicalDump(graph: GraphDump): string {
  const byId = <T extends { id: string }>(map: Map<string, T>) => [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify({
    nodes: byId(graph.nodes).map((node) => ({ ...node, props: sortedKeys(node.props) })),
    edges: byId(graph.edges).map((edge) => ({ ...edge, props: sortedKeys(edge.props) })),
  });
}

/** The ids of `ids` that occur anywhere in `text` (a JSON answer, a JSON-lines export). */
export function idsNamedIn(text: string, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => text.includes(id));
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Driver values as JSON can hold them: integers as numbers, temporal values as their ISO text. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}
