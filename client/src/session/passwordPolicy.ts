/**
 * The password policy as the server applies it (server/auth/passwords.ts), checked
 * before sending so the form can say what is wrong in the user's language. Returns
 * the `access:` text key of the first problem, or null.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.repeated";

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password.tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "password.tooLong";
  if (password.trim().length === 0 || new Set(password).size === 1) return "password.repeated";
  return null;
}
