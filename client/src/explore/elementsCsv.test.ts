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

  it("neutralises a formula that starts after a line break inside a cell", () => {
    expect(escapeCell("x\n=1+1")).toBe("\"x\n'=1+1\"");
    expect(escapeCell("x\r@SUM(A1)")).toBe("\"x\r'@SUM(A1)\"");
    fc.assert(fc.property(fc.string(), (name) => {
      const cell = escapeCell(name);
      for (const line of cell.split(/[\r\n]/).slice(1)) expect(line).not.toMatch(/^[=+\-@\t]/);
    }));
  });

  it("round-trips any name through quotes, commas and line breaks", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const csv = elementsToCsv({ nodes: [{ data: { id: "n1", kind: "Service", name } }], edges: [] });
        const [, row] = parseCsv(csv);
        const expected = name.replace(/(?<=^|[\r\n])(?=[=+\-@\t\r])/g, "'");
        expect(row![3]).toBe(expected);
      }),
    );
  });
});
