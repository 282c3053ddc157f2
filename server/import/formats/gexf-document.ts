import type { ImportProblem } from "../records.ts";
import { convertText, type TextType, UNSAFE_KEYS } from "./text-values.ts";
import { HeldRecords, localName, type XmlDocument } from "./xml-stream.ts";

/** An `<attribute>` declared in `<attributes class="node|edge">`: values are yielded under its title. */
interface GexfAttribute {
  title: string;
  type: TextType;
  defaultText?: string;
}

interface OpenElement {
  element: "node" | "edge";
  line: number;
  attributes: Readonly<Record<string, string>>;
  /** attvalue text by attribute id, in document order. */
  values: Map<string, string>;
}

/** GEXF 1.2 and 1.3 attribute types; lists stay text as the file writes them. */
const GEXF_TYPES: Readonly<Record<string, TextType>> = {
  string: "string", anyURI: "string", char: "string",
  integer: "integer", long: "integer", short: "integer", byte: "integer", biginteger: "integer",
  float: "float", double: "float", bigdecimal: "float",
  boolean: "boolean", date: "date",
  liststring: "string", listinteger: "string", listlong: "string", listfloat: "string", listdouble: "string",
  listboolean: "string", listshort: "string", listbyte: "string", listchar: "string", listdate: "string",
  listbiginteger: "string", listbigdecimal: "string",
};

/** Names the record's own keys use: an attribute titled so would overwrite them. */
const RESERVED_TITLES = new Set(["id", "source", "target"]);

/**
 * What the GEXF reader does with each tag: declares attributes, builds one node or edge
 * at a time from its XML attributes and `<attvalue>`s (by title, with the declared
 * defaults), and skips what it does not read (Gephi's `viz:` drawing, spells, meta).
 * A node's label and an edge's weight and label are yielded as attributes.
 */
export class GexfDocument extends HeldRecords implements XmlDocument {
  private readonly declared = { node: new Map<string, GexfAttribute>(), edge: new Map<string, GexfAttribute>() };
  private readonly path: string[] = [];
  private skipDepth = 0;
  private current: OpenElement | undefined;
  /** The `<attributes>` block being read, and the attribute whose `<default>` is open. */
  private attributeClass: "node" | "edge" | undefined;
  private defaultOf: GexfAttribute | undefined;
  private text: string[] = [];
  private edgesDirected = true;

  constructor(private readonly file: string, private readonly problems: ImportProblem[]) {
    super();
  }

  open(tagName: string, attributes: Readonly<Record<string, string>>, line: number): boolean {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return true;
    }
    const name = localName(tagName);
    const parent = this.path[this.path.length - 1];
    const at = { file: this.file, line };
    if (parent === undefined && name !== "gexf") {
      this.problems.push({ ...at, code: "file", message: `the root element is <${tagName}>, not <gexf>` });
      return false;
    }
    if (tagName.startsWith("viz:")) return this.skip();
    if (parent === "gexf" && name === "graph") {
      this.edgesDirected = attributes.defaultedgetype !== "undirected";
      if (attributes.mode === "dynamic") {
        this.problems.push({ ...at, code: "file", message: "dynamic GEXF graphs are not supported; export a static graph from Gephi" });
        return false;
      }
    } else if (parent === "graph" && name === "attributes") {
      const kind = attributes.class ?? "node";
      if (kind !== "node" && kind !== "edge") return this.skip();
      this.attributeClass = kind;
    } else if (parent === "attributes" && name === "attribute" && this.attributeClass) {
      this.defaultOf = this.declare(attributes, at);
      if (this.defaultOf === undefined) return this.skip();
    } else if (parent === "attribute" && name === "default") {
      this.text = [];
    } else if ((parent === "graph" && (name === "nodes" || name === "edges"))) {
      // The lists themselves carry nothing to read.
    } else if ((parent === "nodes" && name === "node") || (parent === "edges" && name === "edge")) {
      this.current = { element: name, line, attributes, values: new Map() };
    } else if ((parent === "node" || parent === "edge") && name === "attvalues") {
      // Values follow.
    } else if (parent === "attvalues" && name === "attvalue" && this.current) {
      this.attvalue(attributes, at);
      return this.skip();
    } else if (parent === "node" && name === "nodes") {
      this.problems.push({ ...at, code: "file", message: `nested nodes are not supported; node "${this.current?.attributes.id ?? "?"}" contains some` });
      return this.skip();
    } else if (parent !== undefined) {
      return this.skip();
    }
    this.path.push(name);
    return true;
  }

  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const name = this.path.pop();
    if (name === "default" && this.defaultOf) {
      this.defaultOf.defaultText = this.text.join("");
    } else if (name === "attribute") {
      this.defaultOf = undefined;
    } else if (name === "attributes") {
      this.attributeClass = undefined;
    } else if ((name === "node" || name === "edge") && this.current) {
      this.finishElement(this.current);
      this.current = undefined;
    }
  }

  addText(text: string): void {
    if (this.skipDepth === 0 && this.path[this.path.length - 1] === "default") this.text.push(text);
  }

  private skip(): true {
    this.skipDepth = 1;
    return true;
  }

  private declare(attributes: Readonly<Record<string, string>>, at: { file: string; line: number }): GexfAttribute | undefined {
    const id = attributes.id;
    if (id === undefined || id === "") {
      this.problems.push({ ...at, code: "file", message: "an <attribute> has no id" });
      return undefined;
    }
    const title = attributes.title ?? id;
    if (UNSAFE_KEYS.has(title) || RESERVED_TITLES.has(title)) {
      this.problems.push({ ...at, code: "file", field: title, message: `an attribute cannot be titled ${title}` });
      return undefined;
    }
    const declared = attributes.type ?? "string";
    const type = GEXF_TYPES[declared];
    if (type === undefined) {
      this.problems.push({
        ...at, code: "file", field: title,
        message: `the attribute type ${declared} is not supported; use ${Object.keys(GEXF_TYPES).join(", ")}`,
      });
      return undefined;
    }
    const attribute = { title, type };
    this.declared[this.attributeClass!].set(id, attribute);
    return attribute;
  }

  private attvalue(attributes: Readonly<Record<string, string>>, at: { file: string; line: number }): void {
    const open = this.current!;
    const key = attributes.for ?? attributes.id ?? "";
    if (!this.declared[open.element].has(key)) {
      this.problems.push({ ...at, code: "file", field: key, message: `no <attribute> of class ${open.element} has the id "${key}"` });
    } else if (attributes.start !== undefined || attributes.end !== undefined) {
      this.problems.push({ ...at, code: "file", field: key, message: "dynamic values (start, end) are not supported; export a static graph from Gephi" });
    } else {
      open.values.set(key, attributes.value ?? "");
    }
  }

  private finishElement(open: OpenElement): void {
    const { element, attributes, line } = open;
    const at = { file: this.file, line };
    const before = this.problems.length;
    const data: Record<string, unknown> = {};
    const id = attributes.id;
    if (id !== undefined && id !== "") data.id = id;
    else if (element === "node") this.problems.push({ ...at, code: "bad-id", field: "id", message: "the node has no id attribute" });
    if (element === "edge") {
      for (const end of ["source", "target"] as const) {
        if (attributes[end] === undefined || attributes[end] === "") {
          this.problems.push({ ...at, code: "bad-id", field: end, message: `the edge has no ${end} attribute` });
        } else {
          data[end] = attributes[end];
        }
      }
    }
    const put = (title: string, type: TextType, text: string) => {
      if (type !== "string" && text.trim() === "") return;
      const converted = convertText(type, text);
      if ("problem" in converted) this.problems.push({ ...at, code: "bad-value", field: title, message: converted.problem });
      else data[title] = converted.value;
    };
    if (attributes.label !== undefined) data.label = attributes.label;
    if (element === "edge") {
      if (attributes.weight !== undefined) put("weight", "float", attributes.weight);
      if (attributes.kind !== undefined) data.kind = attributes.kind;
    }
    for (const [key, attribute] of this.declared[element]) {
      const text = open.values.get(key) ?? attribute.defaultText;
      if (text !== undefined) put(attribute.title, attribute.type, text);
    }
    if (this.problems.length > before) return;
    const type = element === "edge" ? (attributes.type ?? (this.edgesDirected ? "directed" : "undirected")) : undefined;
    if (type !== undefined && !["directed", "undirected", "mutual"].includes(type)) {
      this.problems.push({ ...at, code: "bad-value", field: "type", message: `the edge type ${type} is not one of directed, undirected, mutual` });
      return;
    }
    this.held = type === "undirected" || type === "mutual"
      ? { element, data, at, directed: false }
      : { element, data, at };
  }
}
