import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../server/graph/search-query.ts";

describe("the Lucene query built from a user's words", () => {
  it("is empty for text with no letters or digits", () => {
    expect(toLuceneQuery("  -- !! ")).toBeUndefined();
  });

  it("folds accents and case", () => {
    expect(toLuceneQuery("Sûreté")).toBe(toLuceneQuery("surete"));
  });

  it("never lets a user's character act as Lucene syntax", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const query = toLuceneQuery(text);
        if (query === undefined) return;
        // Every word ends up inside our own clause shapes only: field:word^16, word^4, word*^2, word~1.
        const words = query.replace(/acronym(Fr|Nl|En):/g, "").replace(/[()]/g, " ").split(/\s+OR\s+|\s+/).filter(Boolean);
        for (const word of words) expect(word).toMatch(/^[\p{L}\p{N}]+(\^\d+|\*\^2|~1)$/u);
      }),
    );
  });
});
