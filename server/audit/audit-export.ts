import type { Writable } from "node:stream";
import type { ViewerDatabase } from "../neo4j/database.ts";
import { auditEventsInOrder, type AuditFilter } from "./audit-log.ts";

export const JSON_LINES_TYPE = "application/x-ndjson; charset=utf-8";

/**
 * Writes every event matching the filter that the reader may see to `out` as JSON lines (one event per line,
 * oldest first), waiting whenever the reader is slower than the database. Stops early,
 * without error, when `out` is closed (the client went away). Returns how many lines it
 * wrote; does not end `out`.
 */
export async function writeAuditJsonLines(reader: ViewerDatabase, filter: AuditFilter, out: Writable): Promise<number> {
  let lines = 0;
  for await (const event of auditEventsInOrder(reader, filter)) {
    if (out.destroyed || out.writableEnded) break;
    lines += 1;
    if (!out.write(`${JSON.stringify(event)}\n`)) await drained(out);
  }
  return lines;
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    out.on("error", done);
  });
}
