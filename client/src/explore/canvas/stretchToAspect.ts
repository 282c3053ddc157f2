import type { Point } from "./placeNewNodes";

/**
 * Stretches a drawing along its short side so that its shape comes closer to the
 * viewport's (by at most `maxStretch`). A force-directed layout has no notion of the
 * screen: a wide drawing in a square canvas leaves half of it empty, while stretching
 * it gives stacked labels room to breathe. Never squeezes: that would make labels overlap.
 * Returns new positions around the same centre.
 */
export function stretchToAspect(
  positions: ReadonlyMap<string, Point>,
  viewport: { width: number; height: number },
  maxStretch = 2,
): Map<string, Point> {
  const points = [...positions.values()];
  if (points.length < 2 || viewport.width <= 0 || viewport.height <= 0) return new Map(positions);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = x2 - x1;
  const height = y2 - y1;
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  const wanted = viewport.height / viewport.width;
  let sx = 1;
  let sy = 1;
  if (width > 0 && height > 0) {
    const ratio = wanted / (height / width);
    if (ratio > 1) sy = Math.min(ratio, maxStretch);
    else sx = Math.min(1 / ratio, maxStretch);
  }
  return new Map(
    [...positions].map(([id, p]) => [id, { x: centre.x + (p.x - centre.x) * sx, y: centre.y + (p.y - centre.y) * sy }]),
  );
}
