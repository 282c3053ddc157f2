import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCandidates, type SearchCandidate } from "../../server/graph/search-rank.ts";

const entity = (id: string, fields: SearchCandidate["fields"]): SearchCandidate => ({ id, name: String(fields.nameFr ?? id), fields });

describe("ranking search candidates by their own names", () => {
  const candidates = [
    entity("fuzzy", { nameFr: "Servise national" }),
    entity("some-word", { nameFr: "Centre de crise", nameEn: "Crisis service centre" }),
    entity("all-words", { nameFr: "Le service général du renseignement" }),
    entity("prefix", { nameFr: "Service général renseignement et sécurité" }),
    entity("acronym", { nameFr: "Zeta", acronymFr: "SGR" }),
    entity("sgrs", { nameFr: "SGRS service" }),
    entity("exact-name", { nameFr: "Service général renseignement" }),
  ];

  it("puts exact names and acronyms first, then prefixes, then all words, then some (the closer fit first), then the rest", () => {
    expect(rankCandidates("service general renseignement", candidates).map((c) => c.id).slice(0, 5))
      .toEqual(["exact-name", "prefix", "all-words", "sgrs", "some-word"]);
    expect(rankCandidates("SGR", candidates).map((c) => c.id).slice(0, 2)).toEqual(["acronym", "sgrs"]);
  });

  it("is blind to accents and case", () => {
    expect(rankCandidates("SÛRETÉ", [entity("b", { nameFr: "Autre sûreté" }), entity("a", { nameFr: "Sûreté de l'État" })]).map((c) => c.id))
      .toEqual(["a", "b"]);
  });

  it("depends on the candidates alone, never on the order they come in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: 1 }), fc.constantFrom("service", "renseignement general", "centre", "sgr", "se"), (some, q) => {
        const ranked = rankCandidates(q, some).map((c) => c.id);
        expect(rankCandidates(q, [...some].reverse()).map((c) => c.id)).toEqual(ranked);
        expect(ranked.filter((id) => id !== some[0]!.id)).toEqual(rankCandidates(q, some.slice(1)).map((c) => c.id));
      }),
    );
  });
});
