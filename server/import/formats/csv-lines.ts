const LF = 0x0a;
const CR = 0x0d;

/**
 * Maps byte offsets of a file to 1-based line numbers. csv-parse reports where a record
 * ends as a byte offset (its own line count takes a CRLF inside a quoted cell for two
 * lines), so the reader keeps the offsets at which lines start as the bytes go by, and
 * forgets those behind the records it has already placed.
 */
export class ByteLineIndex {
  private starts: number[] = [];
  private forgotten = 0;
  private offset = 0;
  private pendingCr = false;

  /** Records the line starts in the next chunk of the file. */
  feed(chunk: Uint8Array): void {
    const base = this.offset;
    if (this.pendingCr && chunk[0] !== LF) this.starts.push(base);
    this.pendingCr = false;
    let found: number[] = [];
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) found.push(base + i + 1);
    let loneCr = false;
    for (let i = chunk.indexOf(CR); i !== -1; i = chunk.indexOf(CR, i + 1)) {
      if (i === chunk.length - 1) this.pendingCr = true;
      else if (chunk[i + 1] !== LF) {
        found.push(base + i + 1);
        loneCr = true;
      }
    }
    if (loneCr) found = found.sort((a, b) => a - b);
    for (const start of found) this.starts.push(start);
    this.offset += chunk.length;
  }

  /** The line the byte at `offset` is on. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return 1 + this.forgotten + low;
  }

  /** Drops the line starts before `offset`; no later question will ask about them. */
  forgetBefore(offset: number): void {
    const drop = this.lineOf(offset) - 1 - this.forgotten;
    if (drop < 4096) return;
    this.starts = this.starts.slice(drop);
    this.forgotten += drop;
  }
}

/** How many line breaks a cell holds (CRLF counts once), to find where its record starts. */
export function lineBreaksIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === LF) count++;
    else if (char === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
