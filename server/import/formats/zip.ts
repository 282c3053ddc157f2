import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import { invalidRequest, payloadTooLarge } from "../../http/errors.ts";
import type { ImportFile } from "../records.ts";

export interface ZipLimits {
  /** Most files the archive may hold (folders and macOS resource forks not counted). */
  maxEntries: number;
  /** Most bytes its files may hold once expanded, all together. */
  maxBytes: number;
}

/** Folders and files an archiver adds that are not the user's data. */
const JUNK = /(^|\/)(__MACOSX\/|\.[^/]*$)/;

/**
 * Expands an uploaded zip into a fresh folder under destDir, one flat file per entry
 * (named by position, so no entry name ever becomes a path), and returns them named
 * `export.zip/nodes.csv` for the user. A name that climbs out (`../x`) or is absolute,
 * an encrypted entry, or more files or bytes than the limits allow refuses the whole
 * archive; the declared sizes are checked before anything is written, and the bytes
 * actually inflated are counted too, so a zip bomb stops at the limit.
 */
export async function expandZip(zipPath: string, name: string, destDir: string, limits: ZipLimits): Promise<ImportFile[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { validateEntrySizes: true });
  } catch (error) {
    throw invalidRequest(`"${name}" is not a readable zip archive (${(error as Error).message}).`);
  }
  try {
    if (zip.entryCount > limits.maxEntries * 4 + 16) throw tooManyEntries(name, limits);
    const dir = await mkdtemp(path.join(destDir, "zip-"));
    const files: ImportFile[] = [];
    let declared = 0;
    const inflated = { bytes: 0 };
    for await (const entry of entriesOf(zip, name)) {
      if (entry.fileName.endsWith("/") || JUNK.test(entry.fileName)) continue;
      if (files.length === limits.maxEntries) throw tooManyEntries(name, limits);
      if (entry.isEncrypted()) throw invalidRequest(`"${name}" holds the encrypted file "${entry.fileName}"; zip it without a password.`);
      declared += entry.uncompressedSize;
      if (declared > limits.maxBytes) throw tooLarge(name, limits);
      const target = path.join(dir, `${files.length}-entry`);
      await pipeline(await zip.openReadStreamPromise(entry), byteGuard(inflated, name, limits), createWriteStream(target));
      files.push({ path: target, name: `${name}/${printable(entry.fileName)}` });
    }
    if (files.length === 0) throw invalidRequest(`"${name}" holds no files.`);
    return files;
  } finally {
    zip.close();
  }
}

/** The archive's entries; a name yauzl refuses (absolute, `..`, backslashes) refuses the archive. */
async function* entriesOf(zip: yauzl.ZipFile, name: string): AsyncGenerator<yauzl.Entry> {
  const entries = zip.eachEntry();
  for (;;) {
    let next: IteratorResult<yauzl.Entry>;
    try {
      next = await entries.next();
    } catch (error) {
      throw invalidRequest(`"${name}" cannot be expanded: ${(error as Error).message}.`);
    }
    if (next.done) return;
    yield next.value;
  }
}

function byteGuard(inflated: { bytes: number }, name: string, limits: ZipLimits): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated.bytes += chunk.length;
      if (inflated.bytes > limits.maxBytes) done(tooLarge(name, limits));
      else done(null, chunk);
    },
  });
}

function tooManyEntries(name: string, limits: ZipLimits) {
  return payloadTooLarge(`"${name}" holds more than ${limits.maxEntries} files, the most one import takes.`);
}

function tooLarge(name: string, limits: ZipLimits) {
  return payloadTooLarge(`"${name}" expands to more than ${Math.round(limits.maxBytes / 1024 / 1024)} MB, the most one import takes.`);
}

function printable(entryName: string): string {
  return entryName.replace(/[\p{Cc}\p{Cf}]/gu, "?").slice(0, 200);
}
