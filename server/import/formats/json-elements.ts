import type { Token } from "stream-json/core/parser.js";
import type { ImportProblem, ImportRecord } from "../records.ts";
import { UNSAFE_KEYS } from "./text-values.ts";

/**
 * Turns the token stream of a Cytoscape elements file into records, one element at a
 * time: `{nodes: [...], edges: [...]}`, or the same inside `{elements: {...}}` as
 * Cytoscape desktop writes it. Other keys are skipped token by token without being
 * built, so a large `document` or `recordedAt` costs nothing.
 */
export class ElementStream {
  private readonly stack: Frame[] = [{ kind: "root" }];
  private readonly records: ImportRecord[] = [];
  private sawArrays = false;
  private rootLine = 1;
  /** Set when the rest of the file cannot be read sensibly. */
  stopped = false;
  rootClosed = false;

  constructor(private readonly file: string, private readonly problems: ImportProblem[]) {}

  /** The records completed since the last call. */
  take(): ImportRecord[] {
    return this.records.splice(0, this.records.length);
  }

  push(token: Token, line: number): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined || this.stopped) return;
    switch (frame.kind) {
      case "root":
        if (token.name === "startObject") {
          this.stack[0] = { kind: "wrapper", prefix: "", key: undefined, top: true };
          this.rootLine = line;
        } else {
          this.problems.push({ file: this.file, line, message: "the file must hold one JSON object with nodes and edges arrays" });
          this.stopped = true;
        }
        return;
      case "skip":
        if (token.name === "startObject" || token.name === "startArray") frame.depth++;
        else if ((token.name === "endObject" || token.name === "endArray") && --frame.depth === 0) this.stack.pop();
        return;
      case "element":
        frame.builder.push(token);
        if (frame.builder.done) {
          this.stack.pop();
          this.finishElement(frame);
        }
        return;
      case "array":
        this.pushInArray(frame, token, line);
        return;
      case "wrapper":
        this.pushInWrapper(frame, token, line);
        return;
    }
  }

  /** Reports what the end of the file leaves unfinished. */
  finish(line: number): void {
    if (this.stopped) return;
    if (this.stack[0]?.kind === "root") {
      this.problems.push({ file: this.file, line, message: "the file is empty; expected a JSON object with nodes and edges arrays" });
    } else if (!this.rootClosed) {
      this.problems.push({ file: this.file, line, message: "the file ends before the JSON is complete (was it cut short?)" });
    } else if (!this.sawArrays) {
      this.problems.push({ file: this.file, line: this.rootLine, message: "the JSON has neither a nodes nor an edges array" });
    }
  }

  private pushInWrapper(frame: WrapperFrame, token: Token, line: number): void {
    if (token.name === "keyValue") {
      frame.key = token.value;
      return;
    }
    if (token.name === "endObject") {
      this.stack.pop();
      if (frame.top) this.rootClosed = true;
      return;
    }
    const key = frame.key;
    const pointer = `${frame.prefix}${key}`;
    if (key === "nodes" || key === "edges") {
      this.sawArrays = true;
      if (token.name === "startArray") {
        this.stack.push({ kind: "array", element: key === "nodes" ? "node" : "edge", pointer, index: 0 });
        return;
      }
      this.problems.push({ file: this.file, line, pointer, message: `${pointer} must be an array of elements` });
    } else if (key === "elements" && frame.top && token.name === "startObject") {
      this.stack.push({ kind: "wrapper", prefix: "elements.", key: undefined, top: false });
      return;
    } else if (key === "elements" && frame.top) {
      this.problems.push({ file: this.file, line, pointer, message: "elements must be an object with nodes and edges arrays" });
    }
    this.skipValue(token);
  }

  private pushInArray(frame: ArrayFrame, token: Token, line: number): void {
    if (token.name === "endArray") {
      this.stack.pop();
      return;
    }
    const row = frame.index++;
    const at = { file: this.file, line, row, pointer: `${frame.pointer}[${row}]` };
    if (token.name === "startObject") {
      const builder = new ValueBuilder();
      builder.push(token);
      this.stack.push({ kind: "element", element: frame.element, at, builder });
      return;
    }
    this.problems.push({ ...at, message: `${at.pointer} is not an object with a data object` });
    this.skipValue(token);
  }

  private skipValue(token: Token): void {
    if (token.name === "startObject" || token.name === "startArray") this.stack.push({ kind: "skip", depth: 1 });
  }

  private finishElement(frame: ElementFrame): void {
    const { builder, at, element } = frame;
    if (builder.tooLarge) {
      this.problems.push({ ...at, message: `${at.pointer} is too large to be one element` });
      return;
    }
    if (builder.unsafeKey !== undefined) {
      this.problems.push({ ...at, field: builder.unsafeKey, message: `the key "${builder.unsafeKey.split(".").pop()}" is not allowed` });
      return;
    }
    const data = (builder.value as Record<string, unknown>).data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      this.problems.push({ ...at, field: "data", message: `${at.pointer} has no data object` });
      return;
    }
    this.records.push({ element, data: data as Record<string, unknown>, at });
  }
}

interface WrapperFrame {
  kind: "wrapper";
  /** What the keys of this object are prefixed with in a pointer: "" or "elements.". */
  prefix: string;
  key: string | undefined;
  top: boolean;
}

interface ArrayFrame {
  kind: "array";
  element: "node" | "edge";
  pointer: string;
  index: number;
}

interface ElementFrame {
  kind: "element";
  element: "node" | "edge";
  at: { file: string; line: number; row: number; pointer: string };
  builder: ValueBuilder;
}

type Frame = { kind: "root" } | { kind: "skip"; depth: number } | WrapperFrame | ArrayFrame | ElementFrame;

/** More tokens than any real element has; past it the element is skipped, not built. */
const MAX_TOKENS_PER_ELEMENT = 100_000;

/**
 * Builds one JSON value from tokens that start with its opening brace. A key that
 * could reach a prototype is never assigned: its value is built into a container
 * that is then dropped, and the key's path is kept to be reported.
 */
class ValueBuilder {
  value: unknown;
  done = false;
  tooLarge = false;
  unsafeKey: string | undefined;
  private tokens = 0;
  private readonly containers: (Record<string, unknown> | unknown[] | undefined)[] = [];
  /** Per open container: the key awaiting its value, or the array index. */
  private readonly slots: (string | number)[] = [];

  push(token: Token): void {
    if (++this.tokens > MAX_TOKENS_PER_ELEMENT && !this.tooLarge) {
      this.tooLarge = true;
      this.unsafeKey = undefined;
    }
    switch (token.name) {
      case "startObject":
        this.open({});
        return;
      case "startArray":
        this.open([]);
        return;
      case "endObject":
      case "endArray": {
        const closed = this.containers.pop();
        this.slots.pop();
        if (this.containers.length === 0) {
          this.value = closed;
          this.done = true;
        }
        return;
      }
      case "keyValue":
        this.slots[this.slots.length - 1] = token.value;
        if (UNSAFE_KEYS.has(token.value) && this.unsafeKey === undefined && !this.tooLarge) {
          this.unsafeKey = this.slots.join(".");
        }
        return;
      case "stringValue":
      case "trueValue":
      case "falseValue":
      case "nullValue":
        this.add(token.value);
        return;
      case "numberValue":
        this.add(Number(token.value));
        return;
      default:
        return;
    }
  }

  private open(container: Record<string, unknown> | unknown[]): void {
    const kept = this.containers.length === 0 || this.add(container) ? container : undefined;
    this.containers.push(this.tooLarge ? undefined : kept);
    this.slots.push(Array.isArray(container) ? 0 : "");
  }

  /** Puts a value into the open container; false when it was dropped. */
  private add(value: unknown): boolean {
    const top = this.containers.length - 1;
    const container = this.containers[top];
    const slot = this.slots[top]!;
    if (Array.isArray(container)) {
      container.push(value);
      this.slots[top] = (slot as number) + 1;
      return true;
    }
    if (container === undefined || typeof slot !== "string" || UNSAFE_KEYS.has(slot)) return false;
    container[slot] = value;
    return true;
  }
}
