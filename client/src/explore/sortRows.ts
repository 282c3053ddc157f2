export type SortDirection = "ascending" | "descending";

export interface SortOrder<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * Rows sorted by one column, as a new array: numbers by value, text by the reader's
 * collation (accents and case ignored); empty cells last whichever the direction.
 * Ties keep their order.
 */
export function sortRows<K extends string, R extends Record<K, string | number | null | undefined>>(
  rows: readonly R[],
  order: SortOrder<K>,
): R[] {
  const sign = order.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[order.key];
      const y = b.row[order.key];
      const xEmpty = x === null || x === undefined || x === "";
      const yEmpty = y === null || y === undefined || y === "";
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.index - b.index : xEmpty ? 1 : -1;
      const compared = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return compared === 0 ? a.index - b.index : sign * compared;
    })
    .map(({ row }) => row);
}

/** The order after a click on `key`'s header: a new column sorts ascending, the same column flips. */
export function nextSortOrder<K extends string>(current: SortOrder<K>, key: K): SortOrder<K> {
  if (current.key !== key) return { key, direction: "ascending" };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}
