// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fieldsOf, initialValues, toParams } from "./paramFields";

const schema = {
  type: "object",
  properties: {
    limit: { type: "integer", minimum: 1, maximum: 1000, default: 50 },
    ratio: { type: "number", minimum: 0 },
    asOf: { type: "string", format: "date" },
    types: { type: "array", minItems: 1, items: { type: "string", enum: ["A", "B", "C"] } },
    from: { type: "string", default: "sgrs" },
    to: { type: "string" },
    note: { type: "string" },
    scope: { type: "string", enum: ["national", "international"] },
    strict: { type: "boolean", default: true },
  },
};

describe("fieldsOf", () => {
  it("reads each JSON Schema parameter into the input it needs", () => {
    const fields = Object.fromEntries(fieldsOf(schema).map((f) => [f.name, f]));
    expect(fields.limit).toMatchObject({ kind: "number", integer: true, min: 1, max: 1000, defaultValue: 50 });
    expect(fields.ratio).toMatchObject({ kind: "number", integer: false, min: 0 });
    expect(fields.asOf).toMatchObject({ kind: "date" });
    expect(fields.types).toMatchObject({ kind: "enumList", options: ["A", "B", "C"] });
    expect(fields.from).toMatchObject({ kind: "entity", defaultValue: "sgrs" });
    expect(fields.to).toMatchObject({ kind: "entity" });
    expect(fields.note).toMatchObject({ kind: "text" });
    expect(fields.scope).toMatchObject({ kind: "choice", options: ["national", "international"] });
    expect(fields.strict).toMatchObject({ kind: "boolean", defaultValue: true });
  });

  it("gives no fields for something that is not an object schema", () => {
    expect(fieldsOf(null)).toEqual([]);
    expect(fieldsOf({ properties: 3 })).toEqual([]);
  });
});

describe("toParams", () => {
  const fields = fieldsOf(schema);

  it("types the defaults and leaves empty inputs out", () => {
    expect(toParams(fields, initialValues(fields))).toEqual({ params: { limit: 50, from: "sgrs", strict: true }, problems: {} });
  });

  it("starts from stored values over the defaults", () => {
    const values = initialValues(fields, { limit: 7, types: ["C", "A"], to: "ocam" });
    expect(toParams(fields, values).params).toEqual({ limit: 7, types: ["A", "C"], from: "sgrs", to: "ocam", strict: true });
  });

  it("reports numbers that are not numbers, not whole, or out of bounds", () => {
    const base = initialValues(fields);
    expect(toParams(fields, { ...base, limit: "abc" }).problems.limit).toEqual({ type: "notANumber" });
    expect(toParams(fields, { ...base, limit: "2.5" }).problems.limit).toEqual({ type: "notAnInteger" });
    expect(toParams(fields, { ...base, limit: "0" }).problems.limit).toEqual({ type: "min", min: 1 });
    expect(toParams(fields, { ...base, limit: "1001" }).problems.limit).toEqual({ type: "max", max: 1000 });
  });

  it("requires a required parameter without a default", () => {
    const required = fieldsOf({ type: "object", properties: { to: { type: "string" } }, required: ["to"] });
    expect(toParams(required, { to: "" }).problems).toEqual({ to: { type: "required" } });
  });
});

describe("free lists", () => {
  const fields = fieldsOf({ type: "object", properties: { sources: { type: "array", items: { type: "string", minLength: 1 } } } });

  it("reads a list without fixed values as comma-separated text", () => {
    expect(fields[0]).toMatchObject({ name: "sources", kind: "textList" });
    expect(initialValues(fields, { sources: ["seed", "karate"] })).toEqual({ sources: "seed, karate" });
  });

  it("sends each non-empty item once, and nothing when the input is empty", () => {
    expect(toParams(fields, { sources: " seed, karate ,, seed " }).params).toEqual({ sources: ["seed", "karate"] });
    expect(toParams(fields, { sources: "  " }).params).toEqual({});
  });
});
