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
        field: "provenanceDocument",
        message: "must be the name of a file in the source folder (seed/sources/), without any path: one of official-facts.en.md, source-sgrs-cooperation.fr.txt",
      }]);
    },
  );
});
