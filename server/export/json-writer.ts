import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { textChunks } from "./text-chunks.ts";

/**
 * Writes Cytoscape elements, `{"nodes":[{"data":{…}}],"edges":[…]}`, one element per
 * line so the importer's line numbers point at it. Waits whenever `out` is full and
 * ends it when done.
 */
export async function writeJson(
  nodes: AsyncIterable<Record<string, unknown>>, edges: AsyncIterable<Record<string, unknown>>, out: Writable,
): Promise<void> {
  await pipeline(Readable.from(textChunks(elementsJson(nodes, edges))), out);
}

async function* elementsJson(
  nodes: AsyncIterable<Record<string, unknown>>, edges: AsyncIterable<Record<string, unknown>>,
): AsyncGenerator<string> {
  yield '{"nodes":[';
  yield* elementLines(nodes);
  yield '\n],"edges":[';
  yield* elementLines(edges);
  yield "\n]}\n";
}

async function* elementLines(elements: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  let separator = "\n";
  for await (const data of elements) {
    yield `${separator}${JSON.stringify({ data })}`;
    separator = ",\n";
  }
}
