import { createHash } from "node:crypto";
import { ID_PATTERN } from "../../../contract/elements.ts";

const MAX_ID = 128;
const HASH_LENGTH = 8;

/** A short, stable digest of a text: what keeps a shortened id unique and the same at every import. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * An id from another tool made to fit the id rule, the same way every time: accents
 * dropped (NFKD), every other run of characters the rule refuses turned into one `-`,
 * leading and trailing dashes removed, and, past 128 characters, cut with a hash of the
 * whole so two long ids stay apart. An id that already fits is returned unchanged.
 */
export function fitId(raw: string): string {
  if (ID_PATTERN.test(raw)) return raw;
  let fitted = raw.normalize("NFKD").replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._:-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .replace(/-+$/, "");
  if (fitted === "") return `id-${shortHash(raw)}`;
  if (fitted.length > MAX_ID) fitted = capped(fitted, raw);
  return fitted;
}

/** At most 128 characters: the start of the text, a dash and a hash of the original. */
export function capped(text: string, original = text): string {
  if (text.length <= MAX_ID) return text;
  const head = text.slice(0, MAX_ID - HASH_LENGTH - 1).replace(/[^A-Za-z0-9]+$/, "");
  return `${head}-${shortHash(original)}`;
}

/**
 * Numbers edges that have no id in the file: `source-TYPE-target`, then `-2`, `-3`… for
 * parallel edges in file order. Read twice in the same order, a file gets the same ids
 * both times, and a second import of it finds every edge unchanged.
 */
export class EdgeIdNumbering {
  private readonly seen = new Map<string, number>();

  next(source: string, type: string, target: string): string {
    const base = `${source}-${type}-${target}`;
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    return capped(id);
  }
}
