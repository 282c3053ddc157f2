import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportProblem } from "../records.ts";
import { declareKey, type GraphmlKey, keyApplies } from "./graphml-keys.ts";
import { convertText } from "./text-values.ts";
import { HeldRecords, localName, type XmlDocument } from "./xml-stream.ts";

interface OpenElement {
  element: "node" | "edge";
  line: number;
  attributes: Readonly<Record<string, string>>;
  /** Data text by key id, in document order. */
  values: Map<string, string>;
  /** The text of yEd's first `<y:NodeLabel>`, the name yEd shows on the node. */
  yedLabel?: string;
}

/**
 * What the GraphML reader does with each tag: declares keys, builds one node or edge
 * at a time from its attributes and `<data>`, and skips whole subtrees it does not
 * read (yEd graphics, ports, descriptions), reporting the ones it cannot honour
 * (nested graphs, hyperedges).
 */
export class GraphmlDocument extends HeldRecords implements XmlDocument {
  private readonly keys = new Map<string, GraphmlKey>();
  private readonly path: string[] = [];
  private skipDepth = 0;
  private current: OpenElement | undefined;
  private dataKey: string | undefined;
  private defaultOf: GraphmlKey | undefined;
  private text: string[] = [];
  /** The graph's `edgedefault`: edges without their own `directed` attribute follow it. */
  private edgesDirected = true;
  /** Inside a node's yEd graphics (skipped): the skip depth of the `<y:NodeLabel>` being read, if one is. */
  private inNodeGraphics = false;
  private yedLabelDepth: number | undefined;

  constructor(private readonly file: string, private readonly model: GraphModel, private readonly problems: ImportProblem[]) {
    super();
  }

  /** Returns false when the document is not GraphML and reading should stop. */
  open(tagName: string, attributes: Readonly<Record<string, string>>, line: number): boolean {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      if (this.inNodeGraphics && this.yedLabelDepth === undefined && this.current?.yedLabel === undefined
        && localName(tagName) === "NodeLabel") {
        this.yedLabelDepth = this.skipDepth;
        this.text = [];
      }
      return true;
    }
    const name = localName(tagName);
    const parent = this.path[this.path.length - 1];
    const at = { file: this.file, line };
    if (parent === undefined && name !== "graphml") {
      this.problems.push({ ...at, message: `the root element is <${tagName}>, not <graphml>` });
      return false;
    }
    if (parent === "graphml" && name === "key") {
      const key = declareKey(attributes, at, this.problems);
      if (key) this.keys.set(key.id, key);
      this.defaultOf = key;
    } else if (parent === "key" && name === "default") {
      this.text = [];
    } else if (name === "graph" && (parent === "node" || parent === "edge")) {
      this.problems.push({ ...at, message: `nested graphs are not supported; ${describe(this.current)} contains one` });
      return this.skip();
    } else if (name === "hyperedge") {
      this.problems.push({ ...at, message: "hyperedges are not supported" });
      return this.skip();
    } else if (parent === "graph" && (name === "node" || name === "edge") && this.path.length === 2) {
      this.current = { element: name, line, attributes, values: new Map() };
    } else if (name === "data" && (parent === "node" || parent === "edge") && this.current) {
      const keyId = attributes.key ?? "";
      const key = this.keys.get(keyId);
      if (key === undefined) {
        this.problems.push({ ...at, field: keyId, message: `no <key> declares the data key "${keyId}"` });
        return this.skip();
      }
      if (key.type === undefined) {
        this.inNodeGraphics = key.nodeGraphics === true && this.current.element === "node";
        return this.skip();
      }
      this.dataKey = keyId;
      this.text = [];
    } else if (parent === "graphml" && name === "graph") {
      this.edgesDirected = attributes.edgedefault !== "undirected";
    } else if (parent !== undefined) {
      return this.skip();
    }
    this.path.push(name);
    return true;
  }

  close(): void {
    if (this.skipDepth > 0) {
      if (this.yedLabelDepth === this.skipDepth && this.current) {
        const label = this.text.join("").trim();
        if (label !== "") this.current.yedLabel = label;
        this.yedLabelDepth = undefined;
      }
      this.skipDepth--;
      if (this.skipDepth === 0) this.inNodeGraphics = false;
      return;
    }
    const name = this.path.pop();
    if (name === "data" && this.current && this.dataKey !== undefined) {
      this.current.values.set(this.dataKey, this.text.join(""));
      this.dataKey = undefined;
    } else if (name === "default" && this.defaultOf) {
      this.defaultOf.defaultText = this.text.join("");
    } else if (name === "key") {
      this.defaultOf = undefined;
    } else if ((name === "node" || name === "edge") && this.current) {
      this.finishElement(this.current);
      this.current = undefined;
    }
  }

  addText(text: string): void {
    // yEd puts the label's text before nested layout elements: only text directly inside the label counts.
    if (this.yedLabelDepth !== undefined && this.skipDepth === this.yedLabelDepth) this.text.push(text);
    else if (this.skipDepth === 0 && (this.dataKey !== undefined || this.path[this.path.length - 1] === "default")) this.text.push(text);
  }

  private skip(): true {
    this.skipDepth = 1;
    return true;
  }

  private finishElement(open: OpenElement): void {
    const { element, attributes, line } = open;
    const at = { file: this.file, line };
    const before = this.problems.length;
    const data: Record<string, unknown> = {};
    const id = attributes.id;
    // GraphML lets an edge go without an id (networkx and igraph write none): the mapping stage gives it one.
    if (id !== undefined && id !== "") data.id = id;
    else if (element === "node") this.problems.push({ ...at, field: "id", message: "the node has no id attribute" });
    if (element === "edge") {
      for (const end of ["source", "target"] as const) {
        if (attributes[end] === undefined || attributes[end] === "") {
          this.problems.push({ ...at, field: end, message: `the edge has no ${end} attribute` });
        } else {
          data[end] = attributes[end];
        }
      }
    }

    const texts = new Map<GraphmlKey, string>();
    for (const key of this.keys.values()) {
      if (key.type !== undefined && keyApplies(key, element) && key.defaultText !== undefined) texts.set(key, key.defaultText);
    }
    for (const [keyId, text] of open.values) texts.set(this.keys.get(keyId)!, text);
    const properties: Record<string, unknown> = {};
    const names = new Map<string, string>();
    for (const [key, text] of texts) {
      if (key.type !== "string" && text.trim() === "") continue;
      const converted = convertText(key.type!, text);
      if ("problem" in converted) this.problems.push({ ...at, field: key.name, message: converted.problem });
      else {
        properties[key.name] = converted.value;
        names.set(key.name, key.id);
      }
    }

    if (element === "node") {
      // yEd keeps the name it shows in its graphics: read as the node's `label`, unless data says otherwise.
      if (open.yedLabel !== undefined && properties.label === undefined) properties.label = open.yedLabel;
      const kind = this.kindOf(properties, attributes, at);
      if (kind !== undefined) data.kind = kind;
      delete properties.kind;
      delete properties.labels;
    } else {
      const typeName = names.has("type") ? "type" : "label";
      const type = properties[typeName] ?? attributes.label;
      if (type !== undefined) data.type = type;
      delete properties[typeName];
    }
    if (this.problems.length > before) return;
    const directed = attributes.directed === undefined ? this.edgesDirected : attributes.directed !== "false";
    this.held = element === "edge" && !directed
      ? { element, data: { ...data, ...properties }, at, directed: false }
      : { element, data: { ...data, ...properties }, at };
  }

  /** A node's kind: its `kind` data, or the model kind among APOC-style `:Entity:Service` labels. */
  private kindOf(properties: Record<string, unknown>, attributes: Readonly<Record<string, string>>, at: { file: string; line: number }): unknown {
    if (properties.kind !== undefined) return properties.kind;
    const labelText = properties.labels ?? attributes.labels;
    if (labelText === undefined) return undefined;
    const labels = String(labelText).split(/[:;,]/).map((label) => label.trim()).filter((label) => label !== "");
    const kinds = [...new Set(labels.filter((label) => this.model.kind(label) !== undefined))];
    if (kinds.length === 1) return kinds[0];
    this.problems.push({
      ...at, field: "labels",
      message: kinds.length === 0
        ? `the labels ${String(labelText)} name no kind; use one of ${this.model.kindIds.join(", ")}`
        : `the labels name several kinds (${kinds.join(", ")}); a node has one`,
    });
    return undefined;
  }
}

function describe(open: OpenElement | undefined): string {
  return open ? `${open.element} "${open.attributes.id ?? "?"}"` : "an element";
}
