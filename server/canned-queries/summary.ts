import type { Language } from "../../contract/model.ts";
import type { GraphModel } from "../model/graph-model.ts";

/**
 * The half of a summary that says what data a finding rests on, in the user's language.
 * Relationship types are named as the model names them in that language; given no model,
 * they stay as their ids.
 */
export function describeBasis(
  language: Language,
  basis: { types?: string[]; entities: number; relationships: number; graphVersion: number; asOf?: string; model?: GraphModel },
): string {
  const named = basis.types?.map((type) => basis.model?.relationshipType(type)?.names[language] ?? type);
  const types = named?.map((name) => (language === "fr" ? `« ${name} »` : `"${name}"`)).join(", ");
  switch (language) {
    case "fr":
      return `Fondé sur ${types ? `les relations ${types}` : "tous les types de relation"}, dans un graphe de ` +
        `${basis.entities} entités et ${basis.relationships} relations (version ${basis.graphVersion}), ` +
        `${basis.asOf ? `à la date du ${basis.asOf}` : "toutes dates confondues"}.`;
    case "nl":
      return `Gebaseerd op ${types ? `de relaties ${types}` : "alle relatietypes"}, in een graaf van ` +
        `${basis.entities} entiteiten en ${basis.relationships} relaties (versie ${basis.graphVersion}), ` +
        `${basis.asOf ? `op ${basis.asOf}` : "over alle data"}.`;
    case "en":
      return `Rests on ${types ? `the relationships ${types}` : "every relationship type"}, in a graph of ` +
        `${basis.entities} entities and ${basis.relationships} relationships (version ${basis.graphVersion}), ` +
        `${basis.asOf ? `as of ${basis.asOf}` : "across all dates"}.`;
  }
}
