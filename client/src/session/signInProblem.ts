import type { TFunction } from "i18next";
import { toProblem } from "../api/fetchJson";

/** What the sign-in page says about a failed sign-in: wrong credentials, throttled, or else the server's words. */
export function signInProblemText(error: unknown, t: TFunction<"access">): string {
  const problem = toProblem(error);
  if (problem.status === 401) return t("signIn.wrong");
  if (problem.status === 429) {
    const seconds = problem.retryAfterSeconds ?? Number(/(\d+)\s*s\b/.exec(problem.detail ?? "")?.[1] ?? Number.NaN);
    return Number.isFinite(seconds) ? t("signIn.throttled", { seconds }) : t("signIn.throttledSoon");
  }
  return t("signIn.failed", { detail: problem.detail ?? problem.title });
}
