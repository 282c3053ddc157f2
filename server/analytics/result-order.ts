/**
 * The one order results are reported in, so that tie-breaking is the same everywhere:
 * ids compare by UTF-16 code units (plain `<`, not locale rules, which vary by machine);
 * groups of entities come largest first, equal sizes by their smallest id.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts each group's members, then the groups: largest first, ties by smallest member. */
export function orderGroups(groups: string[][]): string[][] {
  for (const group of groups) group.sort(compareIds);
  return groups.sort((a, b) => b.length - a.length || compareIds(a[0] ?? "", b[0] ?? ""));
}
