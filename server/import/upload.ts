import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import busboy from "busboy";
import type { Request } from "express";
import { invalidRequest, payloadTooLarge, unsupportedMediaType } from "../errors.ts";
import { expandZip } from "./formats/detect.ts";
import type { ImportFile } from "./records.ts";

export interface UploadLimits {
  /** Largest single file (and largest request body), in bytes. */
  maxFileBytes: number;
  maxFiles: number;
  /** Most bytes the zips of one request may expand to, all together; 4 × maxFileBytes when absent. */
  maxExpandedBytes?: number;
}

/** Uploaded files in a folder of their own, removed with `discard`. */
export interface Upload {
  files: ImportFile[];
  /** The text of the multipart part named `mapping` (a field or a file), when there was one. */
  mapping?: string;
  discard(): Promise<void>;
}

/** The mapping part is a small JSON document, read into memory. */
const MAX_MAPPING_BYTES = 256 * 1024;
const MAPPING_PART = "mapping";

const RAW_TYPES: Record<string, string> = {
  "application/json": "upload.json",
  "text/csv": "upload.csv",
  "application/xml": "upload.graphml",
  "text/xml": "upload.graphml",
  "application/graphml+xml": "upload.graphml",
  "application/zip": "upload.zip",
};
const NAME = /^[\p{L}\p{N} ._()-]{1,200}$/u;

/**
 * Streams an import request to disk, never holding it in memory: a multipart upload of
 * one or more files, or a bare body (JSON, CSV, GraphML or a zip of them) named by the
 * content type. Sizes are checked while the bytes arrive; a zip is expanded (with its own
 * limits, out of one budget of expanded bytes for the whole request) into the files it
 * holds. Whatever is refused leaves nothing on disk.
 */
export async function receiveUpload(req: Request, limits: UploadLimits, name?: string): Promise<Upload> {
  const dir = await mkdtemp(path.join(tmpdir(), "cnd-import-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const { files: received, mapping } = type === "multipart/form-data"
      ? await receiveMultipart(req, dir, limits)
      : { files: await receiveBody(req, dir, limits, type, name), mapping: undefined };
    if (received.length === 0) throw invalidRequest("The request holds no file to import.");
    const files: ImportFile[] = [];
    const maxBytes = limits.maxExpandedBytes ?? limits.maxFileBytes * 4;
    let expandedBefore = 0;
    for (const file of received) {
      if (/\.zip$/i.test(file.name)) {
        const expanded = await expandZip(file.path, file.name, dir, { maxEntries: 20, maxBytes, expandedBefore });
        for (const entry of expanded) expandedBefore += (await stat(entry.path)).size;
        files.push(...expanded);
      } else {
        files.push(file);
      }
    }
    return { files, ...(mapping !== undefined ? { mapping } : {}), discard };
  } catch (error) {
    // The client may still be sending: answer, then close the connection rather than let it be reused.
    req.res?.setHeader("Connection", "close");
    req.resume();
    await discard();
    throw error;
  }
}

async function receiveBody(req: Request, dir: string, limits: UploadLimits, type: string, name?: string): Promise<ImportFile[]> {
  const fallback = RAW_TYPES[type];
  if (!fallback) {
    throw unsupportedMediaType(
      `Send the graph as application/json, text/csv, GraphML (application/xml), a zip, or multipart/form-data; got "${type || "no content type"}".`,
    );
  }
  const fileName = name !== undefined && NAME.test(name) ? name : fallback;
  const target = path.join(dir, "0-body");
  await pipeline(req, sizeGuard(limits.maxFileBytes, fileName), createWriteStream(target));
  return [{ path: target, name: fileName }];
}

function receiveMultipart(req: Request, dir: string, limits: UploadLimits): Promise<{ files: ImportFile[]; mapping?: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: limits.maxFileBytes, fieldSize: MAX_MAPPING_BYTES, files: limits.maxFiles + 1, fields: 20, parts: limits.maxFiles + 21 },
      });
    } catch (error) {
      reject(invalidRequest(`The multipart upload cannot be read: ${(error as Error).message}.`));
      return;
    }
    const files: ImportFile[] = [];
    const writes: Promise<void>[] = [];
    let failure: unknown;
    let mapping: string | undefined;
    const tooLargeMapping = () => payloadTooLarge(`The mapping is larger than ${MAX_MAPPING_BYTES / 1024} KB.`);
    parser.on("field", (field, value, info) => {
      if (field !== MAPPING_PART) return;
      if (info.valueTruncated) failure ??= tooLargeMapping();
      mapping = value;
    });
    parser.on("file", (field, stream, info) => {
      if (field === MAPPING_PART) {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_MAPPING_BYTES) failure ??= tooLargeMapping();
          else chunks.push(chunk);
        });
        writes.push(new Promise((done) => stream.on("end", () => {
          mapping = Buffer.concat(chunks).toString("utf8");
          done();
        })));
        return;
      }
      if (files.length >= limits.maxFiles) {
        failure ??= payloadTooLarge(`An import takes at most ${limits.maxFiles} files.`);
        stream.resume();
        return;
      }
      const original = path.basename(info.filename ?? "").slice(0, 200);
      const fileName = NAME.test(original) ? original : `file-${files.length + 1}`;
      const target = path.join(dir, `${files.length}-upload`);
      files.push({ path: target, name: fileName });
      stream.on("limit", () => {
        failure ??= payloadTooLarge(`The file "${fileName}" is larger than the ${megabytes(limits.maxFileBytes)} limit.`);
      });
      writes.push(pipeline(stream, createWriteStream(target)));
    });
    parser.on("filesLimit", () => {
      failure ??= payloadTooLarge(`An import takes at most ${limits.maxFiles} files.`);
    });
    parser.on("error", (error) => reject(invalidRequest(`The multipart upload cannot be read: ${(error as Error).message}.`)));
    parser.on("close", () => {
      Promise.all(writes).then(
        () => (failure ? reject(failure) : resolve({ files, ...(mapping !== undefined ? { mapping } : {}) })),
        reject,
      );
    });
    req.pipe(parser);
  });
}

function sizeGuard(maxBytes: number, fileName: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(payloadTooLarge(`The file "${fileName}" is larger than the ${megabytes(maxBytes)} limit.`));
      else done(null, chunk);
    },
  });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
