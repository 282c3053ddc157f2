// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The rules the style sheets keep: colours are written once, in the tokens; every custom
 * property a sheet uses is defined; every sheet is imported by main.tsx and stays short.
 */
const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function sheets(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sheets(full);
    return entry.name.endsWith(".css") ? [path.relative(src, full)] : [];
  });
}

const text = (sheet: string) => readFileSync(path.join(src, sheet), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const TOKENS = path.join("ui", "tokens.css");
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![\w-])(?:white|black)(?![\w-])/gi;

describe("the style sheets", () => {
  it("write colour literals only in the tokens", () => {
    const found = sheets().filter((sheet) => sheet !== TOKENS).flatMap((sheet) => (text(sheet).match(COLOUR) ?? []).map((colour) => `${sheet}: ${colour}`));
    expect(found).toEqual([]);
  });

  it("use only custom properties the tokens define", () => {
    const defined = new Set([...text(TOKENS).matchAll(/(--[\w-]+):/g)].map((match) => match[1]));
    const undefinedUses = sheets().flatMap((sheet) => [...text(sheet).matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]).filter((name) => !defined.has(name)).map((name) => `${sheet}: ${name}`));
    expect(undefinedUses).toEqual([]);
  });

  it("are all imported by main.tsx, and none is over 600 lines", () => {
    const main = readFileSync(path.join(src, "main.tsx"), "utf8");
    const imported = [...main.matchAll(/^import "\.\/(.+\.css)";$/gm)].map((match) => path.normalize(match[1]!));
    expect(imported.slice().sort()).toEqual(sheets().sort());
    expect(imported[0]).toBe(TOKENS);
    const long = sheets().filter((sheet) => readFileSync(path.join(src, sheet), "utf8").split("\n").length > 600);
    expect(long).toEqual([]);
  });
});
