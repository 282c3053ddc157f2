import { z } from "zod";
import { defineQuery, names, type Names, type OtherAnswer } from "../canned-query.ts";
import { findingKey } from "../../../contract/analysis-scope.ts";

const CHANGES: Record<"vanishes" | "appears", Names> = {
  vanishes: names("vanishes without assumed links", "disparaît sans les liens supposés", "verdwijnt zonder aangenomen verbanden"),
  appears: names("appears without assumed links", "apparaît sans les liens supposés", "verschijnt zonder aangenomen verbanden"),
};

/** A finding as a reader knows it: its name, else its two ends' names, else its key. */
function findingLabel(row: Record<string, unknown> | undefined, key: string): string {
  if (typeof row?.name === "string") return row.name;
  if (typeof row?.sourceName === "string" && typeof row?.targetName === "string") {
    return `${typeof row.typeName === "string" ? `${row.typeName}: ` : ""}${row.sourceName} → ${row.targetName}`;
  }
  if (typeof row?.from === "string" && typeof row?.to === "string") return `${row.from} → ${row.to}`;
  return key;
}

function rowsByKey(answer: OtherAnswer): Map<string, Record<string, unknown>> {
  return new Map(answer.rows.map((row) => [findingKey(row), row]));
}

/**
 * For every other query, the findings that appear or vanish when only what a source states
 * counts: each query's answer at the asked confidence compared with its answer at high.
 * Queries that need an entity the scope does not hold are left out, and the answer says so.
 */
export const assumptionSensitivity = (queryIds: readonly string[]) => defineQuery({
  id: "assumption-sensitivity",
  category: "data-quality",
  titles: names("Findings that rest on assumptions", "Constats qui reposent sur des hypothèses", "Bevindingen die op aannames berusten"),
  descriptions: names(
    "Runs every other query twice: once counting every link, once counting only what a source states. Lists the findings that vanish or appear between the two, so you see which conclusions an assumption or inference carries and which it hides. Where many findings change, confirming those links with a source is worth more than new analysis.",
    "Exécute chaque autre requête deux fois : en comptant tous les liens, puis seulement ce qu'une source affirme. Liste les constats qui disparaissent ou apparaissent entre les deux : vous voyez quelles conclusions une hypothèse ou une déduction porte, et lesquelles elle cache. Là où beaucoup de constats changent, confirmer ces liens par une source vaut plus qu'une nouvelle analyse.",
    "Voert elke andere vraag twee keer uit: eerst met alle verbanden, dan alleen met wat een bron vermeldt. Somt de bevindingen op die tussen beide verdwijnen of verschijnen: u ziet welke conclusies een aanname of afleiding draagt en welke ze verbergt. Waar veel bevindingen veranderen, loont het meer die verbanden met een bron te bevestigen dan een nieuwe analyse.",
  ),
  params: z.object({}),
  columns: [
    { key: "query", names: names("Query", "Requête", "Vraag") },
    { key: "name", names: names("Finding", "Constat", "Bevinding") },
    { key: "change", names: names("Change", "Changement", "Wijziging") },
  ],
  async run(context) {
    const rows: { id: string; query: string; name: string; change: string }[] = [];
    const highlight = { nodes: new Set<string>(), edges: new Set<string>() };
    const skipped: string[] = [];
    const base = { asOf: context.asOf, sources: context.scope.sources };
    for (const id of queryIds) {
      let asked: OtherAnswer;
      let strict: OtherAnswer;
      try {
        asked = await context.runQuery(id, { ...base, minConfidence: context.scope.minConfidence });
        strict = await context.runQuery(id, { ...base, minConfidence: "high" });
      } catch (error) {
        // A query whose default entity is not in this scope (or hidden from the viewer) has nothing to compare.
        if ((error as { status?: number }).status === 404) {
          skipped.push(id);
          continue;
        }
        throw error;
      }
      const [askedRows, strictRows] = [rowsByKey(asked), rowsByKey(strict)];
      const changes = [
        ...asked.assumptions.dependent.map((key) => ({ key, change: "vanishes" as const, from: asked, byKey: askedRows })),
        ...asked.assumptions.hidden.map((key) => ({ key, change: "appears" as const, from: strict, byKey: strictRows })),
      ];
      for (const { key, change, from, byKey } of changes) {
        rows.push({ id: `${id}:${key}`, query: asked.title, name: findingLabel(byKey.get(key), key), change: CHANGES[change][context.language] });
        if (from.highlight.nodes.includes(key)) highlight.nodes.add(key);
        if (from.highlight.edges.includes(key)) highlight.edges.add(key);
      }
    }
    const queries = new Set(rows.map((row) => row.query)).size;
    const vanishing = rows.filter((row) => row.change === CHANGES.vanishes[context.language]).length;
    const skippedNote = skipped.length === 0 ? names("", "", "") : names(
      ` (${skipped.length} quer${skipped.length === 1 ? "y" : "ies"} left out: ${skipped.join(", ")}, whose default entity is not in this scope)`,
      ` (${skipped.length} requête(s) écartée(s) : ${skipped.join(", ")}, dont l'entité par défaut n'est pas dans ce périmètre)`,
      ` (${skipped.length} vraag/vragen weggelaten: ${skipped.join(", ")}, waarvan de standaardentiteit niet in deze afbakening zit)`,
    );
    return {
      rows,
      highlight: { nodes: [...highlight.nodes], edges: [...highlight.edges] },
      finding: names(
        `${rows.length} findings of ${queries} queries change when only stated links count: ${vanishing} vanish and ${rows.length - vanishing} appear${skippedNote.en}`,
        `${rows.length} constats de ${queries} requêtes changent si l'on ne compte que les liens affirmés : ${vanishing} disparaissent et ${rows.length - vanishing} apparaissent${skippedNote.fr}`,
        `${rows.length} bevindingen van ${queries} vragen veranderen als alleen vermelde verbanden tellen: ${vanishing} verdwijnen en ${rows.length - vanishing} verschijnen${skippedNote.nl}`,
      ),
      extra: { skippedQueries: skipped },
    };
  },
});
