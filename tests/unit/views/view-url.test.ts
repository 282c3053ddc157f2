import { describe, expect, it } from "vitest";
import { namesInViewUrl } from "../../../server/views/view-url.ts";

describe("the ids a saved view's URL may name", () => {
  it("takes every parameter that holds an element id in the dashboard's URL", () => {
    const names = namesInViewUrl(
      "?lang=en&start=op-nightfall&sel=fvey-cell&hide=a,b&pin=c&whatIf=n:d,e:e-link" +
      `&q=redundancy&qp=${encodeURIComponent(JSON.stringify({ from: "f", to: "g", types: ["h"], nested: { deep: "i" } }))}`,
    );
    for (const id of ["op-nightfall", "fvey-cell", "a", "b", "c", "d", "e-link", "f", "g", "h", "i"]) expect(names).toContain(id);
  });

  it("counts parameters the dashboard may add later, keys as well as values", () => {
    expect(namesInViewUrl("?focus=hidden-one&hidden-two=1")).toEqual(expect.arrayContaining(["hidden-one", "hidden-two"]));
  });

  it("decodes what the query string encodes", () => {
    expect(namesInViewUrl("?start=%C3%A9t%C3%A9%20cell")).toContain("été cell");
  });

  it("names nothing for an empty query string", () => {
    expect(namesInViewUrl("")).toEqual([]);
    expect(namesInViewUrl("?")).toEqual([]);
  });
});
