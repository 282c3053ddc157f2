import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Classification } from "../../../contract/markings.ts";
import type { Role } from "../../../contract/roles.ts";
import { restoreSeedAndClose } from "../../support/database.ts";
import { startSeededApp, type SeededApp } from "../../support/seeded-app.ts";
import { createTestUser, type TestClient, type TestResponse } from "../../support/server.ts";

/**
 * Records are marked by what they name and shown to each reader within their clearance:
 * the import history and jobs, saved views and the data-quality report. Whatever a reader
 * may not see answers exactly as a missing record does, whatever their role.
 */
let app: SeededApp;
const json = { "content-type": "application/json" };

type Account = { name: string; client: TestClient; username: string };
const accounts: Record<string, Account> = {};

async function account(name: string, role: Role, clearance: Classification, caveats: string[] = []): Promise<Account> {
  const user = await createTestUser(app.db, { role, clearance, caveats });
  accounts[name] = { name, client: app.api.as(user.token), username: user.username };
  return accounts[name]!;
}

const service = (id: string, marking: Record<string, unknown> = {}) =>
  ({ data: { id, kind: "Service", nameEn: `${id} en`, nameFr: `${id} fr`, nameNl: `${id} nl`, ...marking } });
const link = (id: string, source: string, target: string, marking: Record<string, unknown> = {}) =>
  ({ data: { id, source, target, type: "COOPERATES_WITH", ...marking } });

async function importAs(who: Account, file: string, elements: { nodes: unknown[]; edges: unknown[] }, source = file) {
  const answer = await who.client.request(`/api/imports?wait=true&source=${source}&name=${file}`, {
    method: "POST", headers: json, body: JSON.stringify(elements),
  });
  return answer;
}

const history = async (who: Account) => (await who.client.request("/api/imports?limit=500")).body;
const listed = async (who: Account, id: string) =>
  (await history(who)).imports.some((run: { id: string }) => run.id === id);

/** A problem as the reader gets it, with the asked-for id taken out so two ids compare. */
function asMissing(answer: TestResponse, id: string) {
  return { status: answer.status, type: answer.type, body: JSON.parse(JSON.stringify(answer.body).replaceAll(id, "ID")) };
}

beforeAll(async () => {
  app = await startSeededApp();
  await account("dataUnclassified", "data", "UNCLASSIFIED");
  await account("dataRestricted", "data", "RESTRICTED");
  await account("dataSecret", "data", "SECRET");
  await account("otherSecret", "data", "SECRET");
  await account("natoHolder", "data", "SECRET", ["REL NATO"]);
  await account("adminUnclassified", "admin", "UNCLASSIFIED");
  await account("adminSecret", "admin", "SECRET", ["REL FVEY"]);
  await account("analystUnclassified", "analyst", "UNCLASSIFIED");
  await account("analystRestricted", "analyst", "RESTRICTED");
  await account("analystSecret", "analyst", "SECRET");
  await account("managerSecret", "manager", "SECRET");
  await account("managerRestricted", "manager", "RESTRICTED");
});
afterAll(async () => {
  await app?.api.close();
  await restoreSeedAndClose(app?.db, app?.model);
});

describe("the import history and jobs", () => {
  let secretRun: string;
  let natoRun: string;
  let openRun: string;

  beforeAll(async () => {
    const secret = await importAs(accounts.dataSecret!, "nightfall-secret.json", {
      nodes: [service("op-nightfall", { classification: "SECRET" })],
      edges: [link("op-nightfall-link", "sgrs", "op-nightfall")],
    });
    expect(secret.status, JSON.stringify(secret.body)).toBe(200);
    secretRun = secret.body.id;
    const nato = await importAs(accounts.natoHolder!, "nato-desk.json", {
      nodes: [service("records-nato-desk", { classification: "RESTRICTED", caveats: "REL NATO" })],
      edges: [link("records-nato-link", "vsse", "records-nato-desk")],
    });
    expect(nato.status, JSON.stringify(nato.body)).toBe(200);
    natoRun = nato.body.id;
    const open = await importAs(accounts.dataUnclassified!, "open-desk.json", {
      nodes: [service("records-open-desk")], edges: [link("records-open-link", "sgrs", "records-open-desk")],
    });
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    openRun = open.body.id;
  });

  it("hides a SECRET user's import from a RESTRICTED data user, in the history and as a job (verified item 1)", async () => {
    const reader = accounts.dataRestricted!;
    const body = JSON.stringify(await history(reader));
    expect(body).not.toContain(secretRun);
    expect(body).not.toContain("nightfall");
    const job = await reader.client.request(`/api/imports/${secretRun}`);
    const missing = randomUUID();
    expect(asMissing(job, secretRun)).toEqual(asMissing(await reader.client.request(`/api/imports/${missing}`), missing));
    expect(job.status).toBe(404);
  });

  it("shows each import to the readers cleared for what it names, whatever their role", async () => {
    const expected: Record<string, [secret: boolean, nato: boolean, open: boolean]> = {
      dataUnclassified: [false, false, true],
      dataRestricted: [false, false, true],
      dataSecret: [true, false, true],
      otherSecret: [true, false, true],
      natoHolder: [true, true, true],
      adminUnclassified: [false, false, true],
    };
    for (const [name, [secret, nato, open]] of Object.entries(expected)) {
      const reader = accounts[name]!;
      expect([await listed(reader, secretRun), await listed(reader, natoRun), await listed(reader, openRun)], name)
        .toEqual([secret, nato, open]);
      for (const [run, seen] of [[secretRun, secret], [natoRun, nato], [openRun, open]] as const) {
        expect((await reader.client.request(`/api/imports/${run}`)).status, `${name} ${run}`).toBe(seen ? 200 : 404);
      }
    }
  });

  it("marks each history row and job by what its import names", async () => {
    const run = (await history(accounts.natoHolder!)).imports.find((entry: { id: string }) => entry.id === natoRun);
    expect(run).toMatchObject({ user: accounts.natoHolder!.username, marking: { classification: "RESTRICTED", caveats: ["REL NATO"] } });
    const job = await accounts.otherSecret!.client.request(`/api/imports/${secretRun}`);
    expect(job.body.report).toMatchObject({ marking: { classification: "SECRET", caveats: [] } });
    expect(job.body.report.changes.created.map((change: { id: string }) => change.id).sort()).toEqual(["op-nightfall", "op-nightfall-link"]);
    const secretHistory = await history(accounts.dataSecret!);
    expect(secretHistory.marking.classification).toBe("SECRET");
  });

  it("lists a rejected import to its own user only", async () => {
    const rejected = await importAs(accounts.dataSecret!, "broken.json", { nodes: [{ data: { id: "records-broken", kind: "Nothing" } }], edges: [] });
    expect(rejected.status).toBe(422);
    expect(await listed(accounts.dataSecret!, rejected.body.id)).toBe(true);
    expect(await listed(accounts.otherSecret!, rejected.body.id)).toBe(false);
    expect((await accounts.otherSecret!.client.request(`/api/imports/${rejected.body.id}`)).status).toBe(404);
    expect((await accounts.dataSecret!.client.request(`/api/imports/${rejected.body.id}`)).status).toBe(200);
  });

  it("follows a marking raised after the import: hidden from who may no longer see it, redacted for its own user", async () => {
    const owner = accounts.dataRestricted!;
    const done = await importAs(owner, "later.json", {
      nodes: [service("records-raised-later"), service("records-stays-open")], edges: [],
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await listed(accounts.dataUnclassified!, done.body.id)).toBe(true);
    const raised = await app.api.request("/api/markings/records-raised-later", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "SECRET" }),
    });
    expect(raised.status).toBe(200);
    expect(await listed(accounts.dataUnclassified!, done.body.id)).toBe(false);
    expect((await accounts.dataUnclassified!.client.request(`/api/imports/${done.body.id}`)).status).toBe(404);
    expect(await listed(accounts.dataSecret!, done.body.id)).toBe(true);
    expect((await history(accounts.dataSecret!)).imports.find((run: { id: string }) => run.id === done.body.id).marking)
      .toEqual({ classification: "SECRET", caveats: [] });

    const own = await owner.client.request(`/api/imports/${done.body.id}`);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain("records-raised-later");
    expect(own.body.report.changes.created.map((change: { id: string }) => change.id)).toEqual(["records-stays-open"]);
    expect(own.body.report.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
  });
});

describe("saved views", () => {
  const nightfall = { name: "Nightfall covert partner network", url: "?start=op-nightfall&sel=fvey-cell", shared: true };
  let viewId: string;

  beforeAll(async () => {
    // The source the history's test loaded op-nightfall under: an import never changes another source's elements.
    const marked = await app.api.request(`/api/imports?wait=true&source=${encodeURIComponent("nightfall-secret.json")}`, {
      method: "POST", headers: json,
      body: JSON.stringify({
        nodes: [service("op-nightfall", { classification: "SECRET" }), service("fvey-cell", { classification: "SECRET", caveats: "REL FVEY" }),
          service("records-view-raise")],
        edges: [link("op-nightfall-link", "sgrs", "op-nightfall"), link("fvey-cell-link", "sgrs", "fvey-cell"),
          link("records-view-raise-link", "sgrs", "records-view-raise")],
      }),
    });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    const saved = await accounts.managerSecret!.client.request("/api/views", { method: "POST", headers: json, body: JSON.stringify(nightfall) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    viewId = saved.body.id;
    // fvey-cell is beyond its owner's caveats: for the view it is missing.
    expect(saved.body.marking).toEqual({ classification: "SECRET", caveats: [] });
  });

  const views = async (who: Account) => (await who.client.request("/api/views")).body.views as { id: string; name: string; marking: unknown }[];

  it("hides a SECRET manager's shared view from a RESTRICTED analyst (verified item 2)", async () => {
    const answer = await accounts.analystRestricted!.client.request("/api/views");
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).not.toMatch(/Nightfall|op-nightfall|fvey-cell/);
  });

  it("shows it to a SECRET analyst, with its marking, and always to its owner", async () => {
    const seen = (await views(accounts.analystSecret!)).find((view) => view.id === viewId);
    expect(seen).toMatchObject({ name: nightfall.name, url: nightfall.url, marking: { classification: "SECRET", caveats: [] } });
    expect((await views(accounts.managerSecret!)).some((view) => view.id === viewId)).toBe(true);
    const list = await accounts.analystSecret!.client.request("/api/views");
    expect(list.body.marking.classification).toBe("SECRET");
  });

  it("does not let an id its owner cannot see hide the view, nor mark it", async () => {
    const saved = await accounts.managerRestricted!.client.request("/api/views", {
      method: "POST", headers: json, body: JSON.stringify({ name: "Guess", url: "?start=op-nightfall&lang=en", shared: true }),
    });
    expect(saved.body.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
    expect((await views(accounts.analystUnclassified!)).find((view) => view.id === saved.body.id))
      .toMatchObject({ marking: { classification: "UNCLASSIFIED", caveats: [] } });
  });

  it("leaves a view that names nothing unmarked, for everyone", async () => {
    const saved = await accounts.managerSecret!.client.request("/api/views", {
      method: "POST", headers: json, body: JSON.stringify({ name: "Everything", url: "", shared: true }),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await views(accounts.analystUnclassified!)).find((view) => view.id === saved.body.id))
      .toMatchObject({ marking: { classification: "UNCLASSIFIED", caveats: [] } });
  });

  it("follows a marking raised after the view was saved, through every parameter that names an element", async () => {
    const urls = ["?start=records-view-raise", "?pin=sgrs,records-view-raise", "?whatIf=e:records-view-raise-link",
      `?q=redundancy&qp=${encodeURIComponent(JSON.stringify({ from: "sgrs", to: "records-view-raise" }))}`];
    const ids: string[] = [];
    for (const url of urls) {
      const saved = await accounts.managerRestricted!.client.request("/api/views", {
        method: "POST", headers: json, body: JSON.stringify({ name: `Raise ${url}`, url, shared: true }),
      });
      ids.push(saved.body.id);
    }
    const seen = async () => (await views(accounts.analystUnclassified!)).filter((view) => ids.includes(view.id)).length;
    expect(await seen()).toBe(urls.length);
    const raised = await app.api.request("/api/markings/records-view-raise", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "RESTRICTED" }),
    });
    expect(raised.status).toBe(200);
    expect(await seen()).toBe(0);
    expect((await views(accounts.analystRestricted!)).filter((view) => ids.includes(view.id))).toHaveLength(urls.length);
  });

  it("answers a delete of a view the caller may not see exactly as a missing one, admins included", async () => {
    const missing = randomUUID();
    for (const who of [accounts.analystRestricted!, accounts.adminUnclassified!]) {
      const hidden = await who.client.request(`/api/views/${viewId}`, { method: "DELETE" });
      const absent = await who.client.request(`/api/views/${missing}`, { method: "DELETE" });
      expect(hidden.status, who.name).toBe(404);
      expect(asMissing(hidden, viewId)).toEqual(asMissing(absent, missing));
    }
    expect((await accounts.analystSecret!.client.request(`/api/views/${viewId}`, { method: "DELETE" })).status).toBe(403);
  });

  it("records the view's marking on its audit events", async () => {
    const deleted = await accounts.adminSecret!.client.request(`/api/views/${viewId}`, { method: "DELETE" });
    expect(deleted.status).toBe(200);
    const driver = neo4j.driver(inject("neo4j").uri, neo4j.auth.basic(inject("neo4j").user, inject("neo4j").password));
    try {
      const { records } = await driver.executeQuery(
        "MATCH (e:AuditEvent) WHERE e.target = $id RETURN e.action AS action, e.classification AS classification ORDER BY e.action",
        { id: viewId }, { database: inject("neo4j").database },
      );
      expect(records.map((record) => record.toObject())).toEqual([
        { action: "view.create", classification: "SECRET" }, { action: "view.delete", classification: "SECRET" },
      ]);
    } finally {
      await driver.close();
    }
  });
});

describe("the data-quality report", () => {
  it("is marked by both ends of every relationship it names, and names none the reader may not see", async () => {
    const added = await app.api.request("/api/imports?wait=true&source=records-quality", {
      method: "POST", headers: json,
      body: JSON.stringify({
        nodes: [service("records-quality-desk", { classification: "RESTRICTED", caveats: "NOFORN" })],
        edges: [link("records-quality-link", "vsse", "records-quality-desk")],
      }),
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const holder = await account("noforn", "data", "RESTRICTED", ["NOFORN"]);
    const report = (await holder.client.request("/api/data-quality?limit=1000")).body;
    expect(report.edgesWithoutProvenance.items.map((item: { id: string }) => item.id)).toContain("records-quality-link");
    expect(report.marking.caveats).toContain("NOFORN");
    for (const reader of [accounts.dataRestricted!, accounts.dataSecret!]) {
      const other = await reader.client.request("/api/data-quality?limit=1000");
      expect(JSON.stringify(other.body), reader.name).not.toMatch(/records-quality|NOFORN/);
    }
  });
});
