import { record } from "../../audit/audit-log.ts";
import { SYSTEM_ACTOR } from "../../audit/audit-event.ts";
import type { GraphDatabase } from "../../neo4j/database.ts";
import { OidcSignInFailure } from "./client.ts";
import { Username, toUser, type User } from "../user.ts";
import type { UserStore } from "../user-store.ts";

export interface OidcAccountOptions {
  /** The claim that names the local account. */
  usernameClaim: string;
  /** Create an unknown user as an analyst, UNCLASSIFIED, rather than refuse them. */
  autoCreate: boolean;
  ip: string;
}

/** The role and markings of an account made by a first single sign-on: the least; admins raise them. */
const FIRST_SIGN_IN = { role: "analyst", clearance: "UNCLASSIFIED", caveats: [] as string[] } as const;

/**
 * The local account a verified ID token stands for: the username claim, lower-cased, must
 * be a valid username and name an enabled `:User`. The provider says who someone is,
 * never what they may do: role, clearance and caveats are the local account's. Throws an
 * `OidcSignInFailure` (claim, unknown, disabled).
 */
export async function oidcAccount(
  deps: { db: GraphDatabase; users: UserStore }, claims: Record<string, unknown>, options: OidcAccountOptions,
): Promise<User> {
  const claim = claims[options.usernameClaim];
  if (typeof claim !== "string") {
    throw new OidcSignInFailure("claim", `the ID token has no ${options.usernameClaim} claim`);
  }
  const username = Username.safeParse(claim);
  if (!username.success) {
    throw new OidcSignInFailure("claim", `the ${options.usernameClaim} claim is not a valid username: ${username.error.issues[0]!.message}`);
  }
  const existing = await deps.users.get(username.data);
  const account = existing ?? (options.autoCreate ? await createFromSignOn(deps, username.data, options.ip) : null);
  if (!account) throw new OidcSignInFailure("unknown", "no local account has this username", username.data);
  if (account.disabled) throw new OidcSignInFailure("disabled", "account disabled", account.username);
  return account;
}

/**
 * A new account with no password hash: no password ever matches it (verifyCredentials
 * compares against a dummy), so it is entered through single sign-on only, until an
 * admin sets a password. A second sign-on racing this one finds the account made.
 */
async function createFromSignOn(deps: { db: GraphDatabase; users: UserStore }, username: string, ip: string): Promise<User | null> {
  const created = await deps.db.write(async (tx) => {
    const [row] = await tx.run("auth/create-user", {
      username, passwordHash: null, ...FIRST_SIGN_IN, mustChangePassword: false,
    });
    if (!row) return null;
    await record(tx, {
      actor: SYSTEM_ACTOR, action: "user.create", target: username, outcome: "success",
      details: { ip, method: "oidc", ...FIRST_SIGN_IN },
    });
    return toUser(row);
  }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed") return null;
    throw error;
  });
  return created ?? deps.users.get(username);
}
