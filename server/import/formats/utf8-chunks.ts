import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";

/** The file is not UTF-8 text; `line` is where the first bad byte sits. */
export class NotUtf8Error extends Error {
  override readonly name = "NotUtf8Error";
  constructor(readonly line: number) {
    super(`The file is not UTF-8 text (line ${line}); save it as UTF-8.`);
  }
}

const LF = 0x0a;

/**
 * The bytes of a file, chunk by chunk, checked to be UTF-8 as they pass. A bad or
 * truncated sequence throws NotUtf8Error naming its line, so no reader ever sees text
 * the decoder would silently have turned into U+FFFD.
 */
export async function* readUtf8Chunks(path: string): AsyncGenerator<Buffer> {
  const validator = new Utf8Validator();
  let linesBefore = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const bad = validator.check(chunk);
    if (bad !== undefined) throw new NotUtf8Error(linesBefore + countLineFeeds(chunk, bad) + 1);
    linesBefore += countLineFeeds(chunk, chunk.length);
    yield chunk;
  }
  if (!validator.complete) throw new NotUtf8Error(linesBefore + 1);
}

/** The text of a file, decoded chunk by chunk; a leading byte-order mark is dropped. */
export async function* readUtf8Text(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of readUtf8Chunks(path)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

export function countLineFeeds(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(LF); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) count++;
  return count;
}

/**
 * The WHATWG UTF-8 decoder's acceptance rules as a state machine that carries a
 * sequence split across two chunks. Node's isUtf8 answers the common case (a chunk
 * that starts and ends on character boundaries) natively.
 */
export class Utf8Validator {
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  get complete(): boolean {
    return this.needed === 0;
  }

  /** The index of the first byte that makes the text invalid, or undefined. */
  check(bytes: Uint8Array): number | undefined {
    if (this.needed === 0 && isUtf8(bytes)) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (this.needed === 0) {
        if (byte <= 0x7f) continue;
        if (byte >= 0xc2 && byte <= 0xdf) {
          this.needed = 1;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.needed = 2;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.needed = 3;
        } else {
          return i;
        }
        continue;
      }
      if (byte < this.lower || byte > this.upper) return i;
      this.lower = 0x80;
      this.upper = 0xbf;
      if (++this.seen === this.needed) this.needed = this.seen = 0;
    }
    return undefined;
  }
}
