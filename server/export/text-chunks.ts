/** Enough text per write that a large export is not a million tiny writes. */
const CHUNK_CHARS = 64 * 1024;

/** Joins small pieces of text into chunks of about 64 KiB, in order. */
export async function* textChunks(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let parts: string[] = [];
  let size = 0;
  for await (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts.join("");
}
