import { z } from "zod";
import type { ApiProblem } from "./ApiProblem";

const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/**
 * A problem's `errors[]` split into those naming a parameter the form shows (paths such
 * as `params.threshold`, or `params.types.0`) and the rest, shown with the problem.
 */
export function fieldErrorsOf(problem: ApiProblem, fieldNames: readonly string[], prefix = "params."): {
  byField: Record<string, string[]>;
  other: string[];
} {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const raw of problem.errors ?? []) {
    const parsed = fieldErrorSchema.safeParse(raw);
    if (!parsed.success) continue;
    const { path, message } = parsed.data;
    const name = path.startsWith(prefix) ? path.slice(prefix.length).split(".")[0] : undefined;
    if (name !== undefined && fieldNames.includes(name)) (byField[name] ??= []).push(message);
    else other.push(path ? `${path}: ${message}` : message);
  }
  return { byField, other };
}
