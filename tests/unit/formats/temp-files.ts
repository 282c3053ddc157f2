import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll } from "vitest";
import { GraphModel } from "../../../server/model/graph-model.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../../../server/import/records.ts";

export const model = GraphModel.fromFile();

/** A folder for one test file's temporary files, removed when its tests are done. */
export function tempFolder(): { file(name: string, content: string | Buffer): ImportFile; path(name: string): string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "formats-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const pathOf = (name: string) => {
    const folder = path.join(dir, String(count++));
    mkdirSync(folder);
    return path.join(folder, name);
  };
  return {
    dir,
    path: pathOf,
    file(name, content) {
      const target = pathOf(name);
      writeFileSync(target, content);
      return { path: target, name };
    },
  };
}

export type Reader = (file: ImportFile, model: GraphModel, problems: ImportProblem[]) => AsyncGenerator<ImportRecord>;

/** Everything a reader yields and reports for one file. */
export async function readAll(reader: Reader, file: ImportFile): Promise<{ records: ImportRecord[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  for await (const record of reader(file, model, problems)) records.push(record);
  return { records, problems };
}

export async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** A Writable that keeps what it is given, optionally slowly, and remembers its fullest buffer. */
export function memorySink(options: { highWaterMark?: number; slow?: boolean } = {}) {
  const chunks: Buffer[] = [];
  let fullest = 0;
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      fullest = Math.max(fullest, stream.writableLength);
      chunks.push(chunk);
      if (options.slow) setImmediate(done);
      else done();
    },
  });
  return {
    stream,
    text: () => Buffer.concat(chunks).toString("utf8"),
    bytes: () => Buffer.concat(chunks),
    fullest: () => fullest,
  };
}
