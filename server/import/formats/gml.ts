import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { clip, UNSAFE_KEYS } from "./text-values.ts";
import { NotUtf8Error, readUtf8Text } from "./utf8-chunks.ts";

/** Whitespace, a comment, a string, a bracket or a bare word (a key or a number). */
const TOKEN = /\s+|#[^\n]*|"[^"]*"|\[|\]|[^\s[\]"#]+/y;
const INTEGER = /^[+-]?\d+$/;
const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Frame {
  /** graph and its node and edge lists are read; a list inside a node or edge is flattened into `prefix.key`; the rest skipped. */
  role: "root" | "graph" | "node" | "edge" | "nested" | "skip";
  line: number;
  data?: Record<string, unknown>;
  prefix?: string;
}

class GmlError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Reads GML as networkx's `write_gml` (and igraph, yEd) write it, streaming:
 * `graph [ directed 0 node [ id 0 label "Acciaiuoli" ] edge [ source 0 target 1 ] ]`.
 * Nodes and edges are yielded with their keys as attributes (a node's label too; ids as
 * text); a list inside one (other than `graphics`, which is drawing) becomes
 * `list.key` attributes. A graph without `directed 1` is undirected, as GML says.
 * Malformed GML is one problem with its line and ends the file.
 */
export async function* readGml(file: ImportFile, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const stack: Frame[] = [{ role: "root", line: 1 }];
  const records: ImportRecord[] = [];
  let directed = false;
  let key: { name: string; line: number } | undefined;
  let line = 1;
  let tail = "";

  const top = () => stack[stack.length - 1]!;
  const value = (text: string, at: number) => {
    const frame = top();
    const name = key!.name;
    key = undefined;
    if (frame.role === "graph" && name === "directed") directed = text.trim() === "1";
    if (frame.role !== "node" && frame.role !== "edge" && frame.role !== "nested") return;
    const data = frame.data!;
    const full = frame.prefix ? `${frame.prefix}.${name}` : name;
    if (UNSAFE_KEYS.has(name)) throw new GmlError(at, `a key cannot be named ${name}`);
    const parsed = scalar(text, at);
    data[full] = frame.role !== "nested" && ["id", "source", "target"].includes(name) ? String(parsed) : parsed;
  };
  const openList = (at: number) => {
    const frame = top();
    if (key === undefined) throw new GmlError(at, "a list [ must follow a key, such as node [ or edge [");
    const name = key.name;
    key = undefined;
    if (frame.role === "root" && name === "graph") stack.push({ role: "graph", line: at });
    else if (frame.role === "graph" && (name === "node" || name === "edge")) stack.push({ role: name, line: at, data: {} });
    else if ((frame.role === "node" || frame.role === "edge" || frame.role === "nested") && name !== "graphics") {
      stack.push({ role: "nested", line: at, data: frame.data!, prefix: frame.role === "nested" ? `${frame.prefix}.${name}` : name });
    } else stack.push({ role: "skip", line: at });
  };
  const closeList = (at: number) => {
    if (key !== undefined) throw new GmlError(key.line, `the key ${key.name} has no value`);
    const frame = stack.pop()!;
    if (frame.role === "root") throw new GmlError(at, "a ] closes a list that was never opened");
    if (frame.role === "node" || frame.role === "edge") {
      const record = finish(frame, { file: file.name, line: frame.line }, directed, problems);
      if (record) records.push(record);
    }
  };
  const token = (text: string, at: number) => {
    if (text === "[") openList(at);
    else if (text === "]") closeList(at);
    else if (key !== undefined) value(text, at);
    else if (KEY.test(text)) key = { name: text, line: at };
    else throw new GmlError(at, `expected a key (a word such as node, edge, id, label) but found ${clip(text)}`);
  };

  /** Handles the tokens of `text`; at the end of a chunk the last token may go on in the next one, so it is left. */
  const scan = (text: string, final: boolean): number => {
    TOKEN.lastIndex = 0;
    let consumed = 0;
    for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
      if (!final && TOKEN.lastIndex === text.length) break;
      if (!/^\s|^#/.test(match[0])) token(match[0], line);
      line += countLines(match[0]);
      consumed = TOKEN.lastIndex;
    }
    return consumed;
  };

  try {
    for await (const chunk of readUtf8Text(file.path)) {
      const text = tail + chunk;
      tail = text.slice(scan(text, false));
      if (tail.length > 1_000_000) throw new GmlError(line, "a string that starts here is never closed");
      yield* records.splice(0, records.length);
    }
    if (scan(tail, true) < tail.length) throw new GmlError(line, "a string that starts here is never closed");
    if (key !== undefined) throw new GmlError(key.line, `the key ${key.name} has no value`);
    if (stack.length > 1) throw new GmlError(top().line, "the list opened here is never closed with ]");
    yield* records.splice(0, records.length);
  } catch (error) {
    if (error instanceof GmlError) problems.push({ code: "file", file: file.name, line: error.line, message: `not well-formed GML at line ${error.line}: ${error.message}` });
    else if (error instanceof NotUtf8Error) problems.push({ code: "file", file: file.name, line: error.line, message: error.message });
    else throw error;
  }
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count += 1;
  return count;
}

/** A value: a quoted string (with networkx's HTML character references undone), an integer or a real. */
function scalar(text: string, line: number): string | number {
  if (text.startsWith('"')) return decodeEntities(text.slice(1, -1));
  if (INTEGER.test(text) || REAL.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value) && (!INTEGER.test(text) || Number.isSafeInteger(value))) return value;
    return text;
  }
  throw new GmlError(line, `${clip(text)} is neither a number nor a quoted string`);
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith("#")) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return NAMED[ref] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

function finish(frame: Frame, at: { file: string; line: number }, directed: boolean, problems: ImportProblem[]): ImportRecord | undefined {
  const data = frame.data!;
  const element = frame.role as "node" | "edge";
  const required = element === "node" ? ["id"] : ["source", "target"];
  const missing = required.filter((name) => data[name] === undefined || data[name] === "");
  for (const name of missing) problems.push({ ...at, code: name === "id" ? "bad-id" : "required", field: name, message: `the ${element} has no ${name}` });
  if (missing.length > 0) return undefined;
  return element === "edge" && !directed ? { element, data, at, directed: false } : { element, data, at };
}
