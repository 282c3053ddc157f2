import { jsonParser, type Token } from "stream-json/core/parser.js";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { ElementStream } from "./json-elements.ts";
import { NotUtf8Error, readUtf8Text } from "./utf8-chunks.ts";

/** Long single-line files are fed in pieces this long; line numbers stay right. */
const MAX_PIECE = 64 * 1024;

/**
 * Reads a Cytoscape elements file (`{nodes, edges}` or `{elements: {nodes, edges}}`)
 * one element at a time. The tokenizer is fed a line at a time, so every token, and
 * so every element and the first syntax error, is known by its line. A syntax error
 * is one problem and ends the file; a bad element is a problem and is skipped.
 */
export async function* readJson(file: ImportFile, _model: GraphModel, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const tokenize = jsonParser({ packValues: true, streamValues: false });
  const elements = new ElementStream(file.name, problems);
  let line = 1;
  try {
    for await (const text of readUtf8Text(file.path)) {
      for (const piece of linePieces(text)) {
        for (const token of tokensOf(tokenize(piece))) elements.push(token, line);
        if (piece.endsWith("\n")) line++;
      }
      yield* elements.take();
      if (elements.stopped) return;
    }
  } catch (error) {
    yield* elements.take();
    if (error instanceof NotUtf8Error) {
      problems.push({ file: file.name, line: error.line, message: error.message });
    } else if (error instanceof Error) {
      const reason = error.message.replace(/^Parser (cannot parse input: |has )/, "");
      problems.push({ file: file.name, line, message: `not valid JSON at line ${line}: ${reason}` });
    } else {
      throw error;
    }
    return;
  }
  elements.finish(line);
}

function* linePieces(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = Math.min(newline === -1 ? text.length : newline + 1, start + MAX_PIECE);
    yield text.slice(start, end);
    start = end;
  }
}

/** The tokenizer answers a piece with a batch of tokens, or with nothing yet. */
function tokensOf(output: unknown): readonly Token[] {
  const values = typeof output === "object" && output !== null ? (output as { values?: unknown }).values : undefined;
  return Array.isArray(values) ? (values as Token[]) : [];
}
