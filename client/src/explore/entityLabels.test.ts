// @vitest-environment node
import { describe, expect, it } from "vitest";
import { acronymOf, entityLabel } from "./entityLabels";

describe("acronymOf", () => {
  it("prefers the acronym in the reader's language, else another one", () => {
    const data = { acronymFr: "SGRS", acronymNl: "ADIV", acronymEn: "GISS" };
    expect(acronymOf(data, "nl")).toBe("ADIV");
    expect(acronymOf({ acronymFr: "VSSE" }, "en")).toBe("VSSE");
    expect(acronymOf({}, "fr")).toBeUndefined();
  });

  it("shows no acronym that merely repeats the name", () => {
    expect(entityLabel({ name: "NATO", acronymEn: "NATO" }, "en")).toEqual({ name: "NATO" });
    expect(entityLabel({ name: "State Security", acronymFr: "VSSE" }, "en")).toEqual({ name: "State Security", acronym: "VSSE" });
  });
});
