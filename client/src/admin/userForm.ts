import type { TFunction } from "i18next";
import { toProblem } from "../api/fetchJson";
import type { Classification } from "../../../contract/markings.ts";
import type { Role } from "../../../contract/roles.ts";
import { passwordProblem } from "../session/passwordPolicy";
import { fieldErrorsOf } from "../api/fieldErrors";

/**
 * The user form's fields, their checks before sending (the server's rules, in the
 * user's language) and the server's refusals put back on the field they concern.
 */
export interface UserFormValues {
  username: string;
  password: string;
  role: Role;
  clearance: Classification;
  caveats: string;
  mustChangePassword: boolean;
}

export type UserField = "username" | "password" | "role" | "clearance" | "caveats" | "form";
export type UserFormErrors = Partial<Record<UserField, string>>;

/** The fields a server problem may name (`errors[].path`), as the form shows them. */
const USER_FIELDS: readonly UserField[] = ["username", "password", "role", "clearance", "caveats"];

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const CAVEAT = /^[A-Z0-9][A-Z0-9 /_-]{0,39}$/;

/** "rel nato,  REL EU" → ["REL EU", "REL NATO"]: upper case, single spaces, sorted, once each. */
export function parseCaveats(text: string): string[] {
  const list = text.split(",").map((caveat) => caveat.trim().replace(/\s+/g, " ").toUpperCase()).filter(Boolean);
  return [...new Set(list)].sort();
}

export function validateUserForm(
  values: Pick<UserFormValues, "caveats"> & Partial<UserFormValues>,
  t: TFunction<"access">,
  { creating }: { creating: boolean },
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (creating && !USERNAME.test((values.username ?? "").trim().toLowerCase())) errors.username = t("users.errors.usernameFormat");
  if (creating || values.password) {
    const problem = passwordProblem(values.password ?? "");
    if (problem) errors.password = t(problem);
  }
  const badCaveat = parseCaveats(values.caveats).find((caveat) => !CAVEAT.test(caveat));
  if (badCaveat !== undefined) errors.caveats = t("users.errors.caveatFormat", { caveat: badCaveat });
  return errors;
}

/** The server's refusal as field errors: 400 by the field it names, 409 on the username (or the form). */
export function serverUserErrors(error: unknown, t: TFunction<"access">, { creating }: { creating: boolean }): UserFormErrors {
  const problem = toProblem(error);
  if (problem.status === 409) return creating ? { username: t("users.errors.taken") } : { form: t("users.errors.lastAdmin") };
  const errors: UserFormErrors = {};
  for (const [field, messages] of Object.entries(fieldErrorsOf(problem, USER_FIELDS, "").byField)) errors[field as UserField] = messages[0];
  if (Object.keys(errors).length === 0) errors.form = t("users.errors.server", { detail: problem.detail ?? problem.title });
  return errors;
}
