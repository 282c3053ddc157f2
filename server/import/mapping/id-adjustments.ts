import type { ImportWarning } from "../../../contract/imports.ts";
import { fitId } from "./fit-id.ts";

const SAMPLES = 5;

/**
 * The ids of a pass made to fit the id rule: how many were changed, a few examples, and
 * which original each node id came from, so two ids that become the same are named
 * together rather than merged.
 */
export class IdAdjustments {
  private count = 0;
  private readonly samples: string[] = [];
  private readonly changed = new Set<string>();
  private readonly nodeOrigins = new Map<string, string>();

  fit(raw: string): string {
    const fitted = fitId(raw);
    if (fitted !== raw && !this.changed.has(raw)) {
      this.changed.add(raw);
      this.count += 1;
      if (this.samples.length < SAMPLES) this.samples.push(`${raw} → ${fitted}`);
    }
    return fitted;
  }

  /** Records a node's id; answers the other original id when a different one became the same id. */
  claimNode(fitted: string, raw: string): string | undefined {
    const earlier = this.nodeOrigins.get(fitted);
    if (earlier === undefined) this.nodeOrigins.set(fitted, raw);
    return earlier !== undefined && earlier !== raw ? earlier : undefined;
  }

  warning(): ImportWarning | undefined {
    if (this.count === 0) return undefined;
    return {
      code: "ids-adjusted", count: this.count, samples: this.samples,
      message: `${this.count} id${this.count === 1 ? " was" : "s were"} changed to fit the id rule ` +
        "(letters, digits, '.', '_', ':' or '-'; accents dropped, other characters turned into '-')",
    };
  }
}
