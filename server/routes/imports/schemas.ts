import { z } from "zod";

/** `true`/`false`/`1`/`0` in a query string. */
export const flagParam = z.enum(["true", "false", "1", "0"]).default("false").transform((value) => value === "true" || value === "1");

/** A source name: what replace mode makes equal to the files. */
export const sourceName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:/()-]{0,199}$/u,
  "must be 1–200 letters, digits, spaces or . _ : / ( ) -, starting with a letter or digit");
