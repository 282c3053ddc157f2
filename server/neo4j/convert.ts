import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from "neo4j-driver";
import type { PropertySpec } from "../../contract/model.ts";

/**
 * The one place where Neo4j's value types meet plain JavaScript. Nothing outside this
 * module sees a driver Integer, Date or DateTime.
 */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    // Beyond 2^53 a number would silently lose digits; such values travel as strings.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value) : value.toString();
  }
  if (isDate(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function toPlainRecord(value: unknown): Record<string, Plain> {
  const plain = toPlain(value);
  return plain !== null && typeof plain === "object" && !Array.isArray(plain) ? plain : {};
}

/** Converts a validated property value to the Neo4j type its spec names. */
export function toNeo4jValue(value: unknown, spec: Pick<PropertySpec, "type">): unknown {
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case "date":
      return neo4j.types.Date.fromStandardDate(new Date(`${String(value)}T00:00:00Z`));
    case "datetime": {
      const instant = new Date(String(value));
      return new neo4j.types.DateTime(
        instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(),
        instant.getUTCHours(), instant.getUTCMinutes(), instant.getUTCSeconds(),
        instant.getUTCMilliseconds() * 1_000_000, 0,
      );
    }
    case "integer":
      return neo4j.int(value as number);
    default:
      return value;
  }
}

/** A `YYYY-MM-DD` string as a Neo4j Date, for `asOf` parameters. */
export function toNeo4jDate(isoDate: string | undefined): unknown {
  return isoDate === undefined ? null : toNeo4jValue(isoDate, { type: "date" });
}
