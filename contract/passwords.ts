/**
 * The password policy: at least 12 characters, at most 256, not one character repeated.
 * The server refuses a password that breaks it; the dashboard checks it before sending,
 * so that its forms can say what is wrong in the user's language.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordRuleBroken = "tooShort" | "tooLong" | "repeated";

/** The first rule this password breaks, or null when it is acceptable. */
export function brokenPasswordRule(password: string): PasswordRuleBroken | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (password.trim().length === 0 || new Set(password).size === 1) return "repeated";
  return null;
}
