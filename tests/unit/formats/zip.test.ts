import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { writeCsvZip } from "../../../server/export/zip-writer.ts";
import { AppError } from "../../../server/errors.ts";
import { expandZip, readRecords } from "../../../server/import/formats/detect.ts";
import { fromArray, memorySink, model, readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const limits = { maxEntries: 5, maxBytes: 1024 * 1024 };

async function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    if (name.endsWith("/")) zip.addEmptyDirectory(name);
    else zip.addBuffer(Buffer.from(content), name);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** yazl refuses to write a climbing name, as it should; a hostile archive is made by hand. */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  expect(to).toHaveLength(from.length);
  return Buffer.from(zip.toString("latin1").split(from).join(to), "latin1");
}

describe("expanding an uploaded zip", () => {
  it("writes each file flat under the destination, named after the archive, leaving out folders and macOS extras", async () => {
    const zip = folder.file("export.zip", await zipOf({
      "nodes.csv": "id:ID,:LABEL\n",
      "export/": "",
      "export/relationships.csv": "id,:START_ID,:END_ID,:TYPE\n",
      "__MACOSX/._nodes.csv": "\u0000\u0005\u0016\u0007",
      ".DS_Store": "junk",
    }));
    const dest = folder.path("dest");
    const files = await expandZip(zip.path, "export.zip", path.dirname(dest), limits);
    expect(files.map((file) => file.name)).toEqual(["export.zip/nodes.csv", "export.zip/export/relationships.csv"]);
    for (const file of files) expect(path.dirname(path.dirname(file.path))).toBe(path.dirname(dest));
    expect(readFileSync(files[1]!.path, "utf8")).toBe("id,:START_ID,:END_ID,:TYPE\n");
  });

  it("refuses an entry whose name climbs out of the folder, writing nothing outside it", async () => {
    const hostile = renameEntry(await zipOf({ "ok.csv": "x", "zz/evil.csv": "pwned" }), "zz/evil.csv", "../evil.csv");
    const zip = folder.file("hostile.zip", hostile);
    const dest = path.dirname(folder.path("dest"));
    const expanding = expandZip(zip.path, "hostile.zip", dest, limits);
    await expect(expanding).rejects.toBeInstanceOf(AppError);
    await expect(expanding).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/invalid relative path: \.\.\/evil\.csv/) });
    expect(existsSync(path.join(dest, "..", "evil.csv"))).toBe(false);
  });

  it("refuses an archive that expands past the byte limit before inflating it", async () => {
    const bomb = folder.file("bomb.zip", await zipOf({ "zeros.csv": Buffer.alloc(2 * 1024 * 1024) }));
    expect(readFileSync(bomb.path).length).toBeLessThan(20_000);
    const dest = path.dirname(folder.path("dest"));
    await expect(expandZip(bomb.path, "bomb.zip", dest, limits)).rejects.toMatchObject({
      status: 413, message: expect.stringMatching(/"zeros.csv" in "bomb.zip" takes the files of this import past 1 MB expanded/),
    });
    expect(readdirSync(dest)).toEqual([]);
  });

  it("refuses an entry that inflates more than 100 times its compressed size past 1 MB, counting the bytes inflated, and leaves nothing", async () => {
    const bomb = folder.file("bomb.zip", await zipOf({ "ok.csv": "id:ID,:LABEL\n", "zeros.csv": Buffer.alloc(3 * 1024 * 1024) }));
    const dest = path.dirname(folder.path("dest"));
    const roomy = { maxEntries: 5, maxBytes: 100 * 1024 * 1024 };
    await expect(expandZip(bomb.path, "bomb.zip", dest, roomy)).rejects.toMatchObject({
      status: 413, message: expect.stringMatching(/"zeros.csv" in "bomb.zip" expands more than 100 times its compressed size \([\d,]+ bytes\)/),
    });
    expect(readdirSync(dest)).toEqual([]);
    // The same bytes pass with a laxer ratio: the limit is the ratio, not the size.
    const files = await expandZip(bomb.path, "bomb.zip", dest, { ...roomy, maxRatio: 10_000 });
    expect(files).toHaveLength(2);
  });

  it("lets a small file that compresses well through under the 1 MB floor", async () => {
    const zip = folder.file("small.zip", await zipOf({ "nodes.csv": `id:ID,:LABEL\n${"a,Entity;Plan\n".repeat(50_000)}` }));
    expect(readFileSync(zip.path).length * 100).toBeLessThan(700_000);
    const files = await expandZip(zip.path, "small.zip", path.dirname(folder.path("dest")), limits);
    expect(files).toHaveLength(1);
  });

  it("refuses more files than the limit and a file that is not a zip", async () => {
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.csv`, "x"]));
    const dest = path.dirname(folder.path("dest"));
    await expect(expandZip(folder.file("many.zip", await zipOf(many)).path, "many.zip", dest, limits)).rejects.toMatchObject({ status: 413 });
    await expect(expandZip(folder.file("fake.zip", "not a zip").path, "fake.zip", dest, limits)).rejects.toMatchObject({ status: 400 });
  });

  it("reads back the nodes and relationships our zip export writes", async () => {
    const nodes = [{ id: "s", kind: "Service", nameFr: "=S, \"1\"" }, { id: "l", kind: "Liaison", nameFr: "L", form: "post" }];
    const edges = [{ id: "a", source: "s", target: "l", type: "ASSIGNS", note: "line\nbreak" }];
    const sink = memorySink({ slow: true });
    await writeCsvZip(model, fromArray(nodes), fromArray(edges), sink.stream);
    const zip = folder.file("export.zip", sink.bytes());
    const files = await expandZip(zip.path, "export.zip", path.dirname(folder.path("dest")), limits);
    expect(files.map((file) => file.name)).toEqual(["export.zip/nodes.csv", "export.zip/relationships.csv"]);
    const read = await Promise.all(files.map((file) => readAll(readRecords, file)));
    expect(read.flatMap((result) => result.problems)).toEqual([]);
    expect(read.map((result) => result.records.map((record) => record.data))).toEqual([nodes, edges]);
  });
});

/** Rewrites the uncompressed size an archive declares for its one entry, in both headers. */
function declareSize(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); at !== -1; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) copy.writeUInt32LE(size, at + 22);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) copy.writeUInt32LE(size, at + 24);
  return copy;
}

describe("an archive that lies about its sizes", () => {
  it("is refused as a bad request when an entry inflates past what it declares, leaving nothing", async () => {
    const liar = folder.file("liar.zip", declareSize(await zipOf({ "nodes.csv": Buffer.alloc(3 * 1024 * 1024) }), 1000));
    const dest = path.dirname(folder.path("dest"));
    const expanding = expandZip(liar.path, "liar.zip", dest, { maxEntries: 5, maxBytes: 100 * 1024 * 1024 });
    await expect(expanding).rejects.toBeInstanceOf(AppError);
    await expect(expanding).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^"nodes.csv" in "liar.zip" cannot be expanded: too many bytes/) });
    expect(readdirSync(dest)).toEqual([]);
  });
});
