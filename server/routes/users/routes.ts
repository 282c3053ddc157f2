import { z } from "zod";
import { deletedSchema, signInUnlockSchema, userSchema, usersSchema } from "../../../contract/access.ts";
import { CaveatList, Caveats, Classification } from "../../../contract/markings.ts";
import { auditContext } from "../../audit/request-audit.ts";
import type { AccessControl } from "../../auth/access-control.ts";
import { newPasswordSchema } from "../../auth/passwords.ts";
import { Role } from "../../../contract/roles.ts";
import { Username } from "../../auth/user.ts";
import { notFound } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";

const usernameParams = z.object({ username: Username.describe("The account's username.") });

const accountFields = {
  role: Role.describe("analyst < manager < data < admin; each includes the ones before."),
  clearance: Classification.describe("The highest classification the user may see."),
  caveats: Caveats.describe("Caveats the user holds, such as REL NATO; an element with caveats needs all of them."),
  mustChangePassword: z.boolean().describe("The user must choose a new password at the next sign-in."),
};

/** User management, for admins: /api/users. */
export function userRoutes(deps: AccessControl): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/users",
      role: "admin",
      summary: "Every user account, without password hashes. (requiredRole: admin)",
      tags: ["access"],
      response: usersSchema,
      handle: async () => ({ users: await deps.users.list() }),
    }),
    defineRoute({
      method: "post",
      path: "/api/users",
      role: "admin",
      summary: "Creates a user account. (requiredRole: admin)",
      tags: ["access"],
      body: z.object({
        username: Username,
        password: newPasswordSchema,
        role: accountFields.role,
        clearance: accountFields.clearance.default("UNCLASSIFIED"),
        caveats: accountFields.caveats,
        mustChangePassword: accountFields.mustChangePassword.default(false),
      }),
      response: userSchema,
      problems: { 409: "The username is taken" },
      handle: async ({ body }, { req }) => {
        return deps.users.create(body, auditContext(req));
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/users/:username",
      role: "admin",
      summary: "Changes a user account: role, clearance, caveats, password, disabled; absent fields stay. A new password or disabling ends the user's sessions and revokes their access tokens for good (re-enabling brings none back). (requiredRole: admin)",
      tags: ["access"],
      params: usernameParams,
      body: z.object({
        role: accountFields.role.optional(),
        clearance: accountFields.clearance.optional(),
        caveats: CaveatList.optional(),
        password: newPasswordSchema.optional(),
        disabled: z.boolean().optional(),
        mustChangePassword: accountFields.mustChangePassword.optional(),
      }).refine((body) => Object.values(body).some((value) => value !== undefined), "name at least one field to change"),
      response: userSchema,
      problems: { 404: "No such user", 409: "It would leave no enabled admin" },
      handle: async ({ params, body }, { req }) => {
        return deps.users.update(params.username, body, auditContext(req));
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/users/:username",
      role: "admin",
      summary: "Deletes a user account with its sessions and access tokens. (requiredRole: admin)",
      tags: ["access"],
      params: usernameParams,
      response: deletedSchema,
      problems: { 404: "No such user", 409: "It is the last enabled admin" },
      handle: async ({ params }, { req }) => {
        if (!(await deps.users.get(params.username))) throw notFound(`No user is named ${params.username}.`);
        await deps.users.delete(params.username, auditContext(req));
        return { deleted: params.username };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/users/:username/lock",
      role: "admin",
      summary: "Unlocks an account's sign-in: forgets its failed sign-ins from every address, so that no address is still refused for it (the addresses' own counts stay). Audited as a user.update of signInThrottle. (requiredRole: admin)",
      tags: ["access"],
      params: usernameParams,
      response: signInUnlockSchema,
      problems: { 404: "No such user" },
      handle: async ({ params }, { req }) => {
        if (!(await deps.users.get(params.username))) throw notFound(`No user is named ${params.username}.`);
        const unlockedAddresses = await deps.throttle.unlock(params.username, auditContext(req));
        return { username: params.username, unlockedAddresses };
      },
    }),
  ];
}
