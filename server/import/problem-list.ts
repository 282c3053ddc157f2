import type { ImportProblemCode } from "../../contract/imports.ts";
import type { ProblemGroup } from "./import-report.ts";
import type { ImportProblem } from "./records.ts";

/**
 * The problems of one import: every one is counted, by kind too, and the first `limit`
 * are kept (a file with a million bad rows must not take the server's memory; the first
 * thousand say enough, and the counts by kind say the rest).
 */
export class ProblemList {
  readonly kept: ImportProblem[] = [];
  count = 0;
  private readonly byCode = new Map<ImportProblemCode, number>();

  constructor(private readonly limit = 1000) {}

  add(problem: ImportProblem): void {
    this.count += 1;
    const code = problem.code ?? guessCode(problem);
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
    if (this.kept.length < this.limit) this.kept.push(problem.code ? problem : { code, ...problem });
  }

  /** Moves what a reader pushed into its plain array here. */
  drain(from: ImportProblem[]): void {
    for (const problem of from) this.add(problem);
    from.length = 0;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Problems by kind, most frequent first (ties by code, so the order is stable). */
  get groups(): ProblemGroup[] {
    return [...this.byCode].map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

/**
 * The kind of a problem raised without one, from its message: checks written before
 * problems carried a code still group sensibly. New checks set `code` themselves.
 */
function guessCode(problem: ImportProblem): ImportProblemCode {
  const message = problem.message;
  if (message === "is required") return "required";
  if (message.startsWith("unknown kind")) return "unknown-kind";
  if (message.startsWith("unknown relationship type")) return "unknown-type";
  if (message.startsWith("duplicate id")) return "duplicate-id";
  if (message.startsWith("the model does not allow")) return "not-allowed";
  if (message.startsWith("no node has id")) return "missing-end";
  if (/above your clearance|which you do not hold|marking/.test(message)) return "access";
  if (/already in use/.test(message)) return "id-in-use";
  if (/would delete it/.test(message)) return "replace";
  if (/elements, the most one import/.test(message)) return "too-many";
  if (problem.field === "id" || problem.field === "source" || problem.field === "target") return "bad-id";
  if (problem.field !== undefined) return "bad-value";
  return "file";
}
