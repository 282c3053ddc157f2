import { randomUUID } from "node:crypto";
import type { Request } from "express";
import { z } from "zod";
import { recordRequestEventIn } from "../audit/request-audit.ts";
import { forbidden } from "../auth/errors.ts";
import type { AuthenticatedUser } from "../auth/user.ts";
import { notFound } from "../http/errors.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string().describe("The dashboard's query string, such as ?kinds=Service&lang=fr."),
  shared: z.boolean().describe("Every signed-in user sees it, not only its owner."),
  owner: z.string(),
  createdAt: z.string(),
}).meta({ id: "SavedView" });
export type SavedView = z.infer<typeof savedViewSchema>;

export interface NewView {
  name: string;
  url: string;
  shared: boolean;
}

/**
 * Saved views (`:SavedView`): a name for a state of the dashboard, which lives in its
 * query string. Their owner and admins may delete them; shared ones are listed to all.
 */
export async function createView(db: GraphDatabase, req: Request, view: NewView): Promise<SavedView> {
  const owner = req.user!.username;
  return db.write(async (tx) => {
    const [row] = await tx.run("views/create-view", { id: randomUUID(), ...view, owner });
    const saved = toView(row!);
    await recordRequestEventIn(tx, req, {
      action: "view.create", target: saved.id, outcome: "success", details: { name: saved.name, shared: saved.shared },
    });
    return saved;
  });
}

export async function listViews(db: GraphDatabase, user: AuthenticatedUser): Promise<SavedView[]> {
  return (await db.query("views/list-views", { username: user.username })).map(toView);
}

export async function deleteView(db: GraphDatabase, req: Request, id: string): Promise<void> {
  const user = req.user!;
  await db.write(async (tx) => {
    const [row] = await tx.run("views/get-view", { id });
    if (!row) throw notFound(`No saved view has id ${id}.`);
    const view = toView(row);
    if (view.owner !== user.username && user.role !== "admin") throw forbidden("Only its owner or an admin may delete a saved view.");
    await tx.run("views/delete-view", { id });
    await recordRequestEventIn(tx, req, {
      action: "view.delete", target: id, outcome: "success", details: { name: view.name, owner: view.owner },
    });
  });
}

function toView(row: Row): SavedView {
  return {
    id: String(row.id), name: String(row.name), url: String(row.url), shared: row.shared === true, owner: String(row.owner),
    createdAt: String(row.createdAt),
  };
}
