import { valueName } from "../../contract/model.ts";
import { asNodeRow, presentNode } from "../graph/present.ts";
import type { Row } from "../neo4j/database.ts";
import { SEED_SOURCE } from "../seed/load-seed.ts";
import type { Names, QueryRunContext } from "./canned-query.ts";

/**
 * What a row shows people is text in their language: names, not ids; model names of kinds,
 * types and values, not codes. Rows keep the ids and codes too (`id`, `services`, `status`…)
 * for highlighting and for programs; the columns point at the text fields beside them.
 */

/** True for an element the seed loader wrote: it rests on SGRS's own public page. */
export const fromSeed = (props: unknown): boolean =>
  (props as Record<string, unknown> | null)?.provenanceSource === SEED_SOURCE;

/** The columns every entity row starts with: id (for focusing), name and kind, and the kind's name. */
export function entityCells(context: QueryRunContext, row: Row): { id: string; name: string; kind: string; kindName: string } {
  const { data } = presentNode(context.model, asNodeRow(row), context.language);
  return { id: data.id, name: data.name ?? data.id, kind: data.kind, kindName: kindName(context, data.kind) };
}

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A kind (Service, Partner…) as the model calls it in the user's language. */
export function kindName(context: QueryRunContext, kind: string): string {
  return context.model.kind(kind)?.names[context.language] ?? kind;
}

/** A relationship type (PARTICIPATES_IN…) as the model calls it in the user's language. */
export function typeName(context: QueryRunContext, type: string): string {
  return context.model.relationshipType(type)?.names[context.language] ?? type;
}

/** An enum value of a kind's property (a partner's scope…) as the model calls it in the user's language. */
export function nodeValueName(context: QueryRunContext, kind: string, property: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const spec = context.model.nodePropertySpecs(kind).find((candidate) => candidate.name === property);
  return valueName(spec, String(value), context.language);
}

/** A query's own code (a reason, a status) in the user's language. */
export function codeName<C extends string>(codes: Record<C, Names>, code: C, context: QueryRunContext): string {
  return codes[code][context.language];
}

/** Entities named by id (by the worker, or in a Cypher list), with what a row says of them. */
export interface EntityNaming {
  /** The entity's name in the user's language; the id only when the viewer cannot see it. */
  name(id: string): string;
  names(ids: readonly string[]): string[];
  /** True when one of these entities was loaded from the seed. */
  restOnSeed(ids: readonly string[]): boolean;
}

/**
 * Looks up, in one read, the names in the user's language of the entities a finding names
 * by id. The read sees only what the viewer may: ids come from answers the viewer may see.
 */
export async function nameEntities(context: QueryRunContext, ids: Iterable<string>): Promise<EntityNaming> {
  const wanted = [...new Set(ids)];
  const rows = wanted.length === 0 ? [] : await context.db.query("explore/entities-by-ids", { ids: wanted });
  const found = new Map(rows.map((row) => {
    const { data } = presentNode(context.model, asNodeRow(row), context.language);
    return [data.id, { name: data.name ?? data.id, seed: fromSeed(data) }] as const;
  }));
  const name = (id: string) => found.get(id)?.name ?? id;
  return {
    name,
    names: (list) => list.map(name),
    restOnSeed: (list) => list.some((id) => found.get(id)?.seed === true),
  };
}

/** ": a, b, c" after a count, or nothing when there is nothing to name (at most 12 names). */
export function nameList(rows: { name: string }[]): string {
  if (rows.length === 0) return "";
  const shown = rows.slice(0, 12).map((row) => row.name).join(", ");
  return `: ${shown}${rows.length > 12 ? ", …" : ""}`;
}

/** A chain of names as one text, as a reader follows it. */
export const chainText = (names: readonly string[]): string => names.join(" → ");

/** Says, after a finding resting on the seed, that the seed is one service's view of the network. */
export const seedCaveat: Names = {
  en: "the seed is SGRS's own public page, so the network may be denser than recorded",
  fr: "la source est la page publique du SGRS lui-même : le réseau peut être plus dense que ce qui est recensé",
  nl: "de bron is de eigen publieke pagina van ADIV: het netwerk kan dichter zijn dan wat geregistreerd is",
};

/** The finding, followed by the seed caveat when the finding rests on the seed. */
export function withSeedCaveat<F extends { finding: Names }>(findings: F, restsOnSeed: boolean): F {
  if (!restsOnSeed) return findings;
  const finding = findings.finding;
  return {
    ...findings,
    finding: { en: `${finding.en}; ${seedCaveat.en}`, fr: `${finding.fr} ; ${seedCaveat.fr}`, nl: `${finding.nl}; ${seedCaveat.nl}` },
  };
}
