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

/** The expression `fn(cy, arg)`, or `ifMissing`'s expression when no instance is drawn yet. */
function onCanvas<A, R>(fn: CanvasFunction<A, R>, arg: A | undefined, ifMissing: string): string {
  const json = arg === undefined ? "undefined" : JSON.stringify(arg);
  return `((cy) => cy ? (${fn.toString()})(cy, ${json}) : ${ifMissing})(${CANVAS_INSTANCE})`;
}

/** Runs `fn` on the page's Cytoscape instance and resolves to its result; rejects when there is none. */
export function evaluateOnCanvas<R, A = undefined>(page: Page, fn: CanvasFunction<A, R>, arg?: A): Promise<R> {
  return page.evaluate(onCanvas(fn, arg, `(() => { throw new Error("No Cytoscape instance in the graph canvas"); })()`)) as Promise<R>;
}

/** Waits until `fn` holds on the page's Cytoscape instance (it is false while there is none). */
export async function waitForCanvas<A = undefined>(
  page: Page,
  fn: CanvasFunction<A, unknown>,
  arg?: A,
  options: { timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(onCanvas(fn, arg, "false"), undefined, options);
}
