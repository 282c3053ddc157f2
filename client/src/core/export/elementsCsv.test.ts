// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elementsToCsv, escapeCell } from "./elementsCsv";

/** A minimal RFC 4180 reader, to check that every cell comes back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; } else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; } else cell += c;
  }
  return rows;
}

describe("the CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(escapeCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(escapeCell("+32 2 555")).toBe("'+32 2 555");
    expect(escapeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCell("Sûreté de l'État")).toBe("Sûreté de l'État");
  });

  it("round-trips any name through quotes, commas and line breaks", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const csv = elementsToCsv({ nodes: [{ data: { id: "n1", kind: "Service", name } }], edges: [] });
        const [, row] = parseCsv(csv);
        const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
        expect(row![3]).toBe(expected);
      }),
    );
  });
});
