import { z } from "zod";
import { Classification } from "./markings.ts";
import { Role } from "./roles.ts";

/** The access API's answers: sessions, sign-in options, user accounts and access tokens. */

/** A user account as the API shows it: never with its password hash. */
export const userSchema = z.object({
  username: z.string(),
  role: Role,
  clearance: Classification,
  caveats: z.array(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean().describe("The password was set for the user (or generated) and must be changed at the next sign-in."),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

export const authenticatedUserSchema = z.object({
  username: z.string(),
  role: Role,
  clearance: Classification,
  caveats: z.array(z.string()),
  mustChangePassword: z.boolean(),
  via: z.enum(["session", "token"]),
}).meta({ id: "AuthenticatedUser" });

/** `POST /api/session` and `PUT /api/session/password`: the new session. */
export const signedInSchema = z.object({
  user: userSchema,
  csrfToken: z.string().describe("Send it as X-CSRF-Token with every POST, PUT and DELETE of this session."),
  expiresAt: z.string().describe("When the session ends at the latest (it ends sooner when idle)."),
}).meta({ id: "SignedIn" });

/** `GET /api/session`: who is signed in. */
export const currentSessionSchema = z.object({
  user: authenticatedUserSchema,
  csrfToken: z.string().nullable().describe("Null for an access token, which needs none."),
  expiresAt: z.string().nullable(),
}).meta({ id: "CurrentSession" });

/** `DELETE /api/session`. */
export const signedOutSchema = z.object({ signedOut: z.boolean().describe("Whether a session was ended.") });

/** `GET /api/session/options`: how one may sign in. */
export const signInOptionsSchema = z.object({
  password: z.literal(true),
  oidc: z.object({ label: z.string().describe("The provider's name, for the \"Sign in with …\" button.") }).nullable(),
}).meta({ id: "SignInOptions" });

export const usersSchema = z.object({ users: z.array(userSchema) });

/** `DELETE /api/users/:username`. */
export const deletedSchema = z.object({ deleted: z.string() });

/** `DELETE /api/users/:username/lock`: how many addresses' failures against the account were forgotten. */
export const signInUnlockSchema = z.object({
  username: z.string(),
  unlockedAddresses: z.number().int().describe("How many addresses had failures counted against the account."),
}).meta({ id: "SignInUnlock" });

export const accessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable().describe("Null: until revoked."),
  lastUsedAt: z.string().nullable(),
}).meta({ id: "AccessToken" });
export type AccessToken = z.infer<typeof accessTokenSchema>;

export const accessTokensSchema = z.object({ tokens: z.array(accessTokenSchema) });

/** `POST /api/tokens`: the token itself, shown this once. */
export const newAccessTokenSchema = accessTokenSchema.extend({ token: z.string().describe("cnd_…; store it now, it is not shown again.") })
  .meta({ id: "NewAccessToken" });

/** `DELETE /api/tokens/:id`. */
export const revokedSchema = z.object({ revoked: z.string() });
