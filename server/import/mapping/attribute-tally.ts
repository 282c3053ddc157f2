import type { ImportWarning } from "../../../contract/imports.ts";

type Element = "node" | "edge";
const SAMPLES = 3;

interface Count {
  file: string;
  element: Element;
  attribute: string;
  count: number;
  samples: string[];
}

/**
 * Counts the attributes a pass reads: every one per element (to say, when a mapping names
 * one no element carries, which the files do have) and those nothing uses per file (to
 * warn once per attribute, with how many elements carry it and a few values, instead of
 * once per element).
 */
export class AttributeTally {
  private readonly carried: Record<Element, Map<string, number>> = { node: new Map(), edge: new Map() };
  private readonly unused = new Map<string, Count>();
  readonly elements: Record<Element, number> = { node: 0, edge: 0 };

  element(element: Element): void {
    this.elements[element] += 1;
  }

  carries(element: Element, attribute: string): void {
    const counts = this.carried[element];
    counts.set(attribute, (counts.get(attribute) ?? 0) + 1);
  }

  unusedValue(file: string, element: Element, attribute: string, value: unknown): void {
    const key = `${file}\u0000${element}\u0000${attribute}`;
    let entry = this.unused.get(key);
    if (!entry) {
      entry = { file, element, attribute, count: 0, samples: [] };
      this.unused.set(key, entry);
    }
    entry.count += 1;
    const shown = String(value).slice(0, 80);
    if (entry.samples.length < SAMPLES && !entry.samples.includes(shown)) entry.samples.push(shown);
  }

  /** How many elements carry the attribute. */
  count(element: Element, attribute: string): number {
    return this.carried[element].get(attribute) ?? 0;
  }

  /** The attributes of the files' elements with counts, most common first: "name (34), club (34)". */
  describe(element: Element): string {
    const list = [...this.carried[element]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return list.length === 0 ? "none" : list.map(([name, count]) => `${name} (${count})`).join(", ");
  }

  warnings(): ImportWarning[] {
    return [...this.unused.values()].map((entry) => ({
      code: "unused-attribute" as const,
      message: `${entry.file}: the ${entry.element} attribute "${entry.attribute}" is not imported ` +
        `(${entry.count} ${entry.element === "node" ? "entit" + (entry.count === 1 ? "y" : "ies") : "relationship" + (entry.count === 1 ? "" : "s")} ` +
        `carry it; map it to a property to keep it)`,
      count: entry.count, file: entry.file, element: entry.element, attribute: entry.attribute, samples: entry.samples,
    }));
  }
}
