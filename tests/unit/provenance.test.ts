import { describe, expect, it } from "vitest";
import { describeProvenance, parseLocator } from "../../server/graph/provenance.ts";

describe("provenance locators", () => {
  it.each([
    ["line 11", [11]],
    ["lines 13, 15", [13, 15]],
    ["lines 21-23", [21, 22, 23]],
    ["lines 25-29, 31", [25, 26, 27, 28, 29, 31]],
  ])("reads %j as the lines it names", (locator, lines) => {
    expect(parseLocator(locator)).toEqual(lines);
  });

  it("quotes the source lines, and reads nothing outside the sources folder", () => {
    const quoted = describeProvenance({ provenanceDocument: "source-sgrs-cooperation.fr.txt", provenanceLocator: "line 33" });
    expect(quoted.excerpt).toEqual([{ line: 33, text: expect.stringContaining("Comité de Suivi") }]);
    const escaped = describeProvenance({ provenanceDocument: "../model.json", provenanceLocator: "line 1" });
    expect(escaped.excerpt).toEqual([]);
  });
});

describe("a stored provenanceDocument that names no source file", () => {
  it.each(["..", ".", "", "missing.txt", "/etc/passwd", "../sources/source-sgrs-cooperation.fr.txt"])(
    "quotes no lines for %j, and never fails",
    (document) => {
      const described = describeProvenance({ provenanceDocument: document, provenanceLocator: "line 1" });
      expect(described.excerpt).toEqual([]);
    },
  );
});
