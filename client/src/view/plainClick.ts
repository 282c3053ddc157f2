import type { MouseEvent } from "react";

/**
 * A plain left click, which the app handles itself; a click with a modifier or another
 * button keeps the browser's meaning (a new tab, a new window) for the link's href.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
