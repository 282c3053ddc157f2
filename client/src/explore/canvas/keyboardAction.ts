/** What a key pressed on the focused canvas does; null: not the canvas's key. */
export type KeyboardAction =
  | { type: "zoom"; factor: number }
  | { type: "pan"; dx: number; dy: number }
  | { type: "clearSelection" };

const ZOOM_STEP = 1.25;
const PAN_STEP = 60;

export function keyboardAction(key: string, { shift = false }: { shift?: boolean } = {}): KeyboardAction | null {
  const step = shift ? PAN_STEP * 4 : PAN_STEP;
  switch (key) {
    case "+":
    case "=":
      return { type: "zoom", factor: ZOOM_STEP };
    case "-":
    case "_":
      return { type: "zoom", factor: 1 / ZOOM_STEP };
    // Arrows move the view the way the arrow points, i.e. the drawing the other way.
    case "ArrowLeft":
      return { type: "pan", dx: step, dy: 0 };
    case "ArrowRight":
      return { type: "pan", dx: -step, dy: 0 };
    case "ArrowUp":
      return { type: "pan", dx: 0, dy: step };
    case "ArrowDown":
      return { type: "pan", dx: 0, dy: -step };
    case "Escape":
      return { type: "clearSelection" };
    default:
      return null;
  }
}
