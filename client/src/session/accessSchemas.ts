import { z } from "zod";

/**
 * The access-control API's answers as the client reads them: the session, user
 * accounts, access tokens, audit events and saved views (server/auth/*, server/audit/*).
 */
export const ROLES = ["analyst", "manager", "data", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const CLASSIFICATIONS = ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const sessionUserSchema = z.object({
  username: z.string(),
  role: z.enum(ROLES),
  clearance: z.enum(CLASSIFICATIONS),
  caveats: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

/** POST /api/session, GET /api/session and PUT /api/session/password. */
export const sessionSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const userSchema = sessionUserSchema.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
export const usersSchema = z.object({ users: z.array(userSchema) });

export const accessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;
export const accessTokensSchema = z.object({ tokens: z.array(accessTokenSchema) });
export const newAccessTokenSchema = accessTokenSchema.extend({ token: z.string() });

export const AUDIT_ACTIONS = [
  "session.sign-in", "session.sign-out", "user.create", "user.update", "user.delete", "token.create", "token.revoke",
  "query.run", "data.read-marked", "data.import", "data.export", "marking.change", "view.create", "view.delete",
  "audit.export", "audit.verify",
] as const;

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export const auditPageSchema = z.object({ events: z.array(auditEventSchema), truncated: z.boolean() });

/** A marking as answers carry it: a known level (an unknown one reads as SECRET) and the caveats. */
export const answerMarkingSchema = z.object({
  classification: z.string().transform((level): Classification =>
    (CLASSIFICATIONS as readonly string[]).includes(level) ? (level as Classification) : "SECRET"),
  caveats: z.array(z.string()),
});

/** A saved view: a name for a dashboard query string, private or shared, marked by the elements it names. */
export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  shared: z.boolean(),
  owner: z.string(),
  createdAt: z.string().optional(),
  marking: answerMarkingSchema.optional(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
export const savedViewsSchema = z.object({ views: z.array(savedViewSchema) });

export const acknowledgedSchema = z.record(z.string(), z.unknown());

/** DELETE /api/users/:username/lock: how many addresses' failures against the account were forgotten. */
export const signInUnlockSchema = z.object({ username: z.string(), unlockedAddresses: z.number() });
