import { describe, expect, it } from "vitest";
import { checkEdgeData, checkNodeData } from "../../server/graph/check-element.ts";
import { GraphModel } from "../../server/model/graph-model.ts";

const model = GraphModel.fromFile();
const plan = (extra: Record<string, unknown>) => ({ id: "p", kind: "Plan", nameFr: "Plan", ...extra });

describe("text an element may hold", () => {
  it("accepts tabs, line feeds and carriage returns in text", () => {
    expect(checkNodeData(model, plan({ note: "a\tb\nc\r\nd\re" }))).toEqual([]);
  });

  it.each(["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009f"])(
    "refuses the control character %j, naming the field, the character and what is allowed",
    (char) => {
      const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      expect(checkNodeData(model, plan({ note: `ab${char}c` }))).toEqual([{
        field: "note",
        message: `holds the control character ${code} at character 3; text may hold tabs, line feeds and carriage returns, ` +
          "but no other control character (U+0000–U+001F, U+007F–U+009F)",
      }]);
    },
  );

  it("refuses a control character in a relationship's text, in the derived name and in a key", () => {
    const edge = { id: "e", source: "a", target: "b", type: "COOPERATES_WITH", note: "x\u0001" };
    expect(checkEdgeData(model, edge)).toEqual([{ field: "note", message: expect.stringMatching(/^holds the control character U\+0001/) }]);
    expect(checkNodeData(model, plan({ name: "shown\u0002" }))).toEqual([{ field: "name", message: expect.stringMatching(/U\+0002/) }]);
    expect(checkNodeData(model, plan({ "no\u0007te": "x" }))).toEqual([{
      field: "no<U+0007>te", message: expect.stringMatching(/^the property name holds the control character U\+0007; text may hold tabs/),
    }]);
  });

  it("reports a control character once, not also as a pattern or enum mismatch", () => {
    expect(checkNodeData(model, plan({ classification: "SECRET\u0000" }))).toEqual([{ field: "classification", message: expect.stringMatching(/U\+0000/) }]);
  });
});

describe("provenanceDocument", () => {
  it("accepts the name of a file of the source folder", () => {
    expect(checkNodeData(model, plan({ provenanceDocument: "source-sgrs-cooperation.fr.txt" }))).toEqual([]);
  });

  it.each(["..", ".", "../model.json", "sources/source-sgrs-cooperation.fr.txt", "/etc/passwd", "C:\\x.txt", "missing.txt", ""])(
    "refuses %j, saying what is allowed",
    (document) => {
      expect(checkNodeData(model, plan({ provenanceDocument: document }))).toEqual([{
        code: "bad-value", field: "provenanceDocument",
        message: "must be the name of a file in the source folder (seed/sources/), without any path: one of official-facts.en.md, source-sgrs-cooperation.fr.txt",
      }]);
    },
  );
});

describe("names", () => {
  const withNames = (names: Record<string, string | undefined>) => ({ id: "p", kind: "Plan", ...names });

  it.each([{ nameFr: "Plan" }, { nameNl: "Plan" }, { nameEn: "Plan" }, { nameNl: "Plan", nameEn: "Plan" }])(
    "accepts a node named in any one language (%j)",
    (names) => {
      expect(checkNodeData(model, withNames(names))).toEqual([]);
    },
  );

  it("refuses a node without a name in any language, listing the three", () => {
    expect(checkNodeData(model, withNames({ nameFr: " " }))).toEqual([
      { code: "required", field: "name", message: "needs a name: nameFr, nameNl or nameEn" },
    ]);
  });

  it("falls back through the UI's language, then French, Dutch and English", () => {
    expect(GraphModel.nameIn({ nameNl: "NL", nameEn: "EN" }, "fr")).toBe("NL");
    expect(GraphModel.nameIn({ nameFr: "FR", nameEn: "EN" }, "nl")).toBe("FR");
    expect(GraphModel.nameIn({ nameFr: "FR", nameEn: "EN" }, "en")).toBe("EN");
    expect(GraphModel.nameIn({ nameEn: "EN" }, "nl")).toBe("EN");
  });
});

describe("unknown values list the allowed ones", () => {
  it("an unknown relationship type lists the model's types", () => {
    const [issue] = checkEdgeData(model, { id: "e", source: "a", target: "b", type: "KNOWS" });
    expect(issue).toMatchObject({ code: "unknown-type", field: "type" });
    for (const type of model.relationshipTypeIds) expect(issue!.message).toContain(type);
  });

  it("an unknown kind lists the model's kinds, and a missing kind does too", () => {
    for (const kind of [undefined, "Spaceship"]) {
      const [issue] = checkNodeData(model, plan({ kind }));
      for (const known of model.kindIds) expect(issue!.message).toContain(known);
    }
  });

  it("a property the model lacks lists the properties it has, and a value outside an enum lists the enum", () => {
    const [unknown] = checkNodeData(model, plan({ colour: "red" }));
    expect(unknown).toMatchObject({ code: "unknown-value", field: "colour" });
    expect(unknown!.message).toContain("nameFr");
    const [outside] = checkNodeData(model, plan({ classification: "PINK" }));
    expect(outside).toMatchObject({ code: "unknown-value", field: "classification" });
    expect(outside!.message).toContain("SECRET");
  });
});
