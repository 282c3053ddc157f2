import type { CentralityShift } from "../../../contract/what-if.ts";

/**
 * Geometry of the centrality-shift chart: one row per entity — its name, then a bar for
 * before and one for after — on a shared scale from 0 to the largest score shown. Names
 * sit above their bars so that a narrow panel does not cut them short.
 */
export const shiftChartDefaults = {
  /** Width of the whole chart, in SVG units (it scales to the panel). */
  width: 320,
  /** Height of an entity's name line, above its bars. */
  labelHeight: 13,
  /** Room for "before → after", right of the bars. */
  valueWidth: 84,
  /** Height of one bar. */
  barHeight: 7,
  /** Space between an entity's two bars. */
  barGap: 2,
  /** Space between two entities. */
  rowGap: 9,
  /** Entities shown at most. */
  rows: 8,
};

export interface ShiftRow {
  node: string;
  /** Top of the row; the name's baseline is `labelHeight - 3` below it, the bars start at `barsY`. */
  y: number;
  barsY: number;
  before: { width: number; value: number };
  after: { width: number; value: number };
}

export interface ShiftChart {
  width: number;
  height: number;
  rows: ShiftRow[];
}

export function shiftChart(shifts: CentralityShift[], options: Partial<typeof shiftChartDefaults> = {}): ShiftChart {
  const o = { ...shiftChartDefaults, ...options };
  const shown = shifts.slice(0, o.rows);
  const largest = Math.max(0, ...shown.flatMap((s) => [s.before, s.after]));
  const room = o.width - o.valueWidth;
  const scale = (value: number) => (largest > 0 ? Math.max(0, (value / largest) * room) : 0);
  const rowHeight = o.labelHeight + 2 * o.barHeight + o.barGap;
  return {
    width: o.width,
    height: shown.length === 0 ? 0 : shown.length * rowHeight + (shown.length - 1) * o.rowGap,
    rows: shown.map((shift, i) => {
      const y = i * (rowHeight + o.rowGap);
      return {
        node: shift.node,
        y,
        barsY: y + o.labelHeight,
        before: { width: scale(shift.before), value: shift.before },
        after: { width: scale(shift.after), value: shift.after },
      };
    }),
  };
}
