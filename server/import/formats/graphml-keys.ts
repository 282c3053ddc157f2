import type { ImportProblem } from "../records.ts";
import { type TextType, UNSAFE_KEYS } from "./text-values.ts";

/** A `<key>` declaration: which data it names, for which elements, typed how. */
export interface GraphmlKey {
  id: string;
  name: string;
  /** node, edge, graph, all…: GraphML's `for`, "all" when absent. */
  domain: string;
  /** undefined for keys whose data is ignored: yEd graphics and the like. */
  type: TextType | undefined;
  defaultText?: string;
  /** yEd's drawing of a node, whose `<y:NodeLabel>` holds the name yEd shows: the one text read from it. */
  nodeGraphics?: boolean;
}

const ATTR_TYPES: Readonly<Record<string, TextType>> = {
  string: "string",
  boolean: "boolean",
  int: "integer",
  long: "integer",
  float: "float",
  double: "float",
};

/** Keys whose value would replace what the element's own attributes say. */
const STRUCTURAL_NAMES = new Set(["id", "source", "target"]);

/**
 * Reads a `<key>` start tag. Keys for yEd's graphics (`yfiles.type`: shapes and
 * positions in yEd's own XML) and keys named like an element's own attributes are kept
 * only so their data can be recognised and skipped. Every other key is data (a weight, a
 * node's label, Gephi's colours too): the mapping stage decides what to keep and warns
 * about the rest, so nothing is dropped unseen. A key whose name could reach a prototype,
 * or whose type is unknown, is a problem.
 */
export function declareKey(
  attributes: Readonly<Record<string, string>>, at: { file: string; line: number }, problems: ImportProblem[],
): GraphmlKey | undefined {
  const id = attributes.id;
  if (id === undefined || id === "") {
    problems.push({ ...at, message: "a <key> has no id attribute" });
    return undefined;
  }
  const name = attributes["attr.name"] ?? id;
  const domain = attributes.for ?? "all";
  if (attributes["yfiles.type"] === "nodegraphics") return { id, name, domain, type: undefined, nodeGraphics: true };
  if (attributes["yfiles.type"] !== undefined || STRUCTURAL_NAMES.has(name)) {
    return { id, name, domain, type: undefined };
  }
  if (UNSAFE_KEYS.has(name)) {
    problems.push({ ...at, field: name, message: `a key cannot be named ${name}` });
    return { id, name, domain, type: undefined };
  }
  const declared = attributes["attr.type"] ?? "string";
  const type = ATTR_TYPES[declared];
  if (type === undefined) {
    problems.push({ ...at, field: name, message: `the attr.type ${declared} is not supported; use string, boolean, int, long, float or double` });
    return { id, name, domain, type: undefined };
  }
  return { id, name, domain, type };
}

export function keyApplies(key: GraphmlKey, element: "node" | "edge"): boolean {
  return key.domain === element || key.domain === "all";
}
