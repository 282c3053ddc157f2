import type { ImportProblem } from "./records.ts";

/**
 * The problems of one import: every one is counted, the first `limit` are kept (a file
 * with a million bad rows must not take the server's memory; the first thousand say
 * enough).
 */
export class ProblemList {
  readonly kept: ImportProblem[] = [];
  count = 0;

  constructor(private readonly limit = 1000) {}

  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.kept.length < this.limit) this.kept.push(problem);
  }

  /** Moves what a reader pushed into its plain array here. */
  drain(from: ImportProblem[]): void {
    for (const problem of from) this.add(problem);
    from.length = 0;
  }

  get empty(): boolean {
    return this.count === 0;
  }
}
