import { brokenPasswordRule, type PasswordRuleBroken } from "../../../contract/passwords.ts";

/**
 * The password policy (contract/passwords.ts), checked before sending so the form can
 * say what is wrong in the user's language: the `access:` text key of the first
 * problem, or null.
 */
export type PasswordProblem = `password.${PasswordRuleBroken}`;

export function passwordProblem(password: string): PasswordProblem | null {
  const broken = brokenPasswordRule(password);
  return broken ? `password.${broken}` : null;
}
