import { randomUUID } from "node:crypto";
import type { Request } from "express";
import type { SavedView } from "../../contract/views.ts";
import { markingOf } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { CLASSIFICATIONS, highestMarking } from "../../contract/markings.ts";
import { viewerOf } from "../access/viewer.ts";
import { recordRequestEventIn } from "../audit/request-audit.ts";
import { forbidden, notFound } from "../errors.ts";
import type { GraphDatabase, Row, Transaction } from "../neo4j/database.ts";
import { namesInViewUrl } from "./view-url.ts";

export interface NewView {
  name: string;
  url: string;
  shared: boolean;
}

type StoredView = Omit<SavedView, "marking">;

/**
 * Saved views (`:SavedView`): a name for a state of the dashboard, which lives in its
 * query string. A view is marked by the elements its URL names (view-markings.cypher),
 * computed at every read so that a marking changed later is followed. Its owner always
 * sees it; others see it when it is shared and they are cleared for its marking; admins
 * may delete any view they are cleared for. A view someone may not see answers as missing.
 */
export async function createView(db: GraphDatabase, req: Request, view: NewView): Promise<SavedView> {
  const owner = req.user!.username;
  const id = randomUUID();
  return db.forViewer(viewerOf(req)).write(async (tx) => {
    // The owner is the viewer: the marking does not depend on the view's node, so it is read first.
    const marking = (await markingsOf(tx, req, [{ id, owner, url: view.url }])).get(id)!;
    const [row] = await tx.run("views/create-view", { id, ...view, owner });
    const saved = { ...toView(row!), marking };
    await recordRequestEventIn(tx, req, {
      action: "view.create", target: saved.id, outcome: "success", details: { name: saved.name, shared: saved.shared }, marking,
    });
    return saved;
  });
}

/** The caller's own views and the shared ones they are cleared for, newest first. */
export async function listViews(db: GraphDatabase, req: Request): Promise<{ views: SavedView[]; marking: ResponseMarking }> {
  const views = await db.forViewer(viewerOf(req)).read(async (tx) => {
    const candidates = (await tx.run("views/list-views", { username: req.user!.username })).map(toView);
    const markings = await markingsOf(tx, req, candidates);
    return candidates.filter((view) => markings.has(view.id)).map((view) => ({ ...view, marking: markings.get(view.id)! }));
  });
  return { views, marking: highestMarking(views.map((view) => view.marking)) };
}

export async function deleteView(db: GraphDatabase, req: Request, id: string): Promise<void> {
  const user = req.user!;
  await db.forViewer(viewerOf(req)).write(async (tx) => {
    const missing = notFound(`No saved view has id ${id}.`);
    const [row] = await tx.run("views/get-view", { id });
    if (!row) throw missing;
    const view = toView(row);
    // Another user's private view is not theirs to see, except for an admin (who may delete it).
    if (view.owner !== user.username && !view.shared && user.role !== "admin") throw missing;
    const marking = (await markingsOf(tx, req, [view])).get(id);
    if (!marking) throw missing;
    if (view.owner !== user.username && user.role !== "admin") throw forbidden("Only its owner or an admin may delete a saved view.");
    await tx.run("views/delete-view", { id });
    await recordRequestEventIn(tx, req, {
      action: "view.delete", target: id, outcome: "success", details: { name: view.name, owner: view.owner }, marking,
    });
  });
}

/** The marking of each view the viewer may see, by id; views they may not see are absent. */
async function markingsOf(tx: Transaction, req: Request, views: Pick<StoredView, "id" | "owner" | "url">[]) {
  if (views.length === 0) return new Map<string, ResponseMarking>();
  const rows = await tx.run("views/view-markings", {
    views: views.map((view) => ({ id: view.id, owner: view.owner, names: namesInViewUrl(view.url) })),
    levels: [...CLASSIFICATIONS],
    username: req.user!.username,
  });
  return new Map(rows.map((row) => [String(row.id), markingOf(row.markings as object[])]));
}

function toView(row: Row): StoredView {
  return {
    id: String(row.id), name: String(row.name), url: String(row.url), shared: row.shared === true, owner: String(row.owner),
    createdAt: String(row.createdAt),
  };
}
