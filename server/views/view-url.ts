/**
 * The element ids a saved view's URL may name. The dashboard's query string holds ids in
 * `start`, `sel`, `hide`, `pin`, `whatIf` (`n:<id>`, `e:<id>`) and in the canned query's
 * parameters (`qp`, JSON); the client may add more (client/src/view/urlState.ts).
 * Rather than follow that list, which would let a new parameter slip past the marking,
 * every key and value counts: each comma-separated piece, without a what-if `n:`/`e:`
 * prefix, and every string inside a JSON value. A token that is no element id matches
 * nothing, so casting wide can only mark a view higher, never lower. The route caps a
 * URL at 2,000 characters, which bounds the list.
 */
const WHAT_IF_PREFIX = /^[ne]:/;

export function namesInViewUrl(url: string): string[] {
  const names = new Set<string>();
  const add = (token: string) => {
    const trimmed = token.trim();
    if (trimmed === "") return;
    names.add(trimmed);
    if (WHAT_IF_PREFIX.test(trimmed)) names.add(trimmed.slice(2));
  };
  const addText = (text: string) => {
    add(text);
    for (const piece of text.split(",")) add(piece);
    for (const inner of stringsInJson(text)) add(inner);
  };
  for (const [key, value] of new URLSearchParams(url)) {
    addText(key);
    addText(value);
  }
  return [...names];
}

/** Every key and string value inside `text` read as JSON; none when it is not JSON. */
function stringsInJson(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const found: string[] = [];
  const walk = (item: unknown) => {
    if (typeof item === "string") found.push(item);
    else if (typeof item === "number") found.push(String(item));
    else if (Array.isArray(item)) item.forEach(walk);
    else if (item && typeof item === "object") {
      for (const [key, inner] of Object.entries(item)) {
        found.push(key);
        walk(inner);
      }
    }
  };
  walk(value);
  return found;
}
