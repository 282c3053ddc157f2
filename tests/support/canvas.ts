import type { Core } from "cytoscape";
import type { Page } from "playwright-core";

/**
 * The graph is drawn on a canvas, so end-to-end tests have no DOM to query for nodes,
 * edges, styles or positions; they ask the Cytoscape instance instead. The app publishes
 * nothing for them: Cytoscape registers each instance on its container element, as
 * `container._cyreg.cy`, and this page-side expression reads it from there.
 */
const CANVAS_INSTANCE = `document.querySelector("[data-testid=graph-canvas]")?._cyreg?.cy`;

/**
 * A page-side function of the instance, with `arg` (sent as JSON). It is compiled into
 * the page from its source, so it may use only its parameters and page globals.
 */
export type CanvasFunction<A, R> = (cy: Core, arg: A) => R;

/** `fn` applied to the instance and `arg`, as the source of a page-side call; `ifMissing`'s when no instance is drawn yet. */
function callOnCanvas<A, R>(fn: CanvasFunction<A, R>, arg: A | undefined, ifMissing: string): string {
  const json = arg === undefined ? "undefined" : JSON.stringify(arg);
  return `((cy) => cy ? (${fn.toString()})(cy, ${json}) : ${ifMissing})(${CANVAS_INSTANCE})`;
}

/** Runs `fn` on the page's Cytoscape instance and resolves to its result; rejects when there is none. */
export function evaluateOnCanvas<R, A = undefined>(page: Page, fn: CanvasFunction<A, R>, arg?: A): Promise<R> {
  return page.evaluate(callOnCanvas(fn, arg, `(() => { throw new Error("No Cytoscape instance in the graph canvas"); })()`)) as Promise<R>;
}

/**
 * Waits until `fn` holds on the page's Cytoscape instance (it is false while there is
 * none), asking again every 100 ms. Not `page.waitForFunction`: it evaluates a string
 * again in the page on each poll, which the app's CSP refuses.
 */
export async function waitForCanvas<A = undefined>(
  page: Page,
  fn: CanvasFunction<A, unknown>,
  arg?: A,
  { timeout = 30_000 }: { timeout?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  const check = callOnCanvas(fn, arg, "false");
  for (;;) {
    // A navigation under way discards the page's context: ask again in the next one.
    const holds = await page.evaluate(check).catch((error: Error) => {
      if (/context was destroyed|navigat/i.test(error.message)) return false;
      throw error;
    });
    if (holds) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting on the canvas for ${fn.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
