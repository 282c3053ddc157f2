import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import { AppError, invalidRequest, payloadTooLarge } from "../../errors.ts";
import type { ImportFile } from "../records.ts";

export interface ZipLimits {
  /** Most files the archive may hold (folders and macOS resource forks not counted). */
  maxEntries: number;
  /** Most bytes the files of the request may hold once expanded, all together. */
  maxBytes: number;
  /** What the request's earlier archives expanded to, counted against `maxBytes`. */
  expandedBefore?: number;
  /** Most times an entry may grow as it is inflated, past `ratioFloorBytes`; 100 by default. */
  maxRatio?: number;
  /** What any entry may expand to whatever its ratio: small files compress oddly. 1 MiB by default. */
  ratioFloorBytes?: number;
}

/**
 * Real CSV, JSON and GraphML compress 5 to 30 times (an export's empty columns the most);
 * a zip bomb, thousands of times. The limit is checked on the bytes actually inflated,
 * never on the sizes the archive declares, which it may lie about.
 */
export const DEFAULT_MAX_RATIO = 100;
export const DEFAULT_RATIO_FLOOR_BYTES = 1024 * 1024;

/** Folders and files an archiver adds that are not the user's data. */
const JUNK = /(^|\/)(__MACOSX\/|\.[^/]*$)/;

/**
 * Expands an uploaded zip into a fresh folder under destDir, one flat file per entry
 * (named by position, so no entry name ever becomes a path), and returns them named
 * `export.zip/nodes.csv` for the user. A name that climbs out (`../x`) or is absolute,
 * an encrypted entry, more files or bytes than the limits allow, or an entry that
 * inflates more than `maxRatio` times its compressed size refuses the whole archive (413
 * naming the entry and the limit) and removes everything it wrote. The declared sizes
 * are checked before anything is written, and the bytes actually inflated are counted as
 * they come, so a zip bomb stops at the limit, whatever its headers say.
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
    try {
      return await expandEntries(zip, name, dir, limits);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  } finally {
    zip.close();
  }
}

async function expandEntries(zip: yauzl.ZipFile, name: string, dir: string, limits: ZipLimits): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  let declared = limits.expandedBefore ?? 0;
  const total = { bytes: limits.expandedBefore ?? 0 };
  for await (const entry of entriesOf(zip, name)) {
    if (entry.fileName.endsWith("/") || JUNK.test(entry.fileName)) continue;
    if (files.length === limits.maxEntries) throw tooManyEntries(name, limits);
    const entryName = printable(entry.fileName);
    if (entry.isEncrypted()) throw invalidRequest(`"${name}" holds the encrypted file "${entryName}"; zip it without a password.`);
    declared += entry.uncompressedSize;
    if (declared > limits.maxBytes) throw tooLarge(name, entryName, limits);
    const target = path.join(dir, `${files.length}-entry`);
    try {
      await pipeline(await zip.openReadStreamPromise(entry), byteGuard({ total, name, entryName, compressed: entry.compressedSize, limits }), createWriteStream(target));
    } catch (error) {
      // yauzl's own findings (more bytes than declared, a bad checksum, broken deflate data)
      // are the archive's fault; a system error (a full disk) is ours.
      if (error instanceof AppError || typeof (error as { code?: unknown }).code === "string") throw error;
      throw invalidRequest(`"${entryName}" in "${name}" cannot be expanded: ${(error as Error).message}.`);
    }
    files.push({ path: target, name: `${name}/${entryName}` });
  }
  if (files.length === 0) throw invalidRequest(`"${name}" holds no files.`);
  return files;
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

/** Counts the bytes one entry inflates to, against its ratio and against the archive's total. */
function byteGuard(options: { total: { bytes: number }; name: string; entryName: string; compressed: number; limits: ZipLimits }): Transform {
  const { total, name, entryName, compressed, limits } = options;
  const ratio = limits.maxRatio ?? DEFAULT_MAX_RATIO;
  const floor = limits.ratioFloorBytes ?? DEFAULT_RATIO_FLOOR_BYTES;
  const entryLimit = Math.max(floor, compressed * ratio);
  let inflated = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      total.bytes += chunk.length;
      if (inflated > entryLimit) {
        done(payloadTooLarge(
          `"${entryName}" in "${name}" expands more than ${ratio} times its compressed size (${compressed.toLocaleString("en")} bytes), ` +
          `the most one import allows past ${megabytes(floor)}; real exports never do, zip bombs do.`,
        ));
      } else if (total.bytes > limits.maxBytes) {
        done(tooLarge(name, entryName, limits));
      } else {
        done(null, chunk);
      }
    },
  });
}

function tooManyEntries(name: string, limits: ZipLimits) {
  return payloadTooLarge(`"${name}" holds more than ${limits.maxEntries} files, the most one import takes.`);
}

function tooLarge(name: string, entryName: string, limits: ZipLimits) {
  return payloadTooLarge(
    `"${entryName}" in "${name}" takes the files of this import past ${megabytes(limits.maxBytes)} expanded, the most one import takes.`,
  );
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes.toLocaleString("en")} bytes` : `${Math.round(bytes / 1024 / 1024).toLocaleString("en")} MB`;
}

function printable(entryName: string): string {
  return entryName.replace(/[\p{Cc}\p{Cf}]/gu, "?").slice(0, 200);
}
