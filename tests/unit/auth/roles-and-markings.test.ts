import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canSee, CaveatList, CLASSIFICATIONS, formatMarking, highestMarking } from "../../../contract/markings.ts";
import { hasRole, Role, ROLES } from "../../../contract/roles.ts";

describe("roles", () => {
  it("grant each role everything the roles before it may do, and nothing after", () => {
    expect(hasRole({ role: "analyst" }, "analyst")).toBe(true);
    expect(hasRole({ role: "analyst" }, "manager")).toBe(false);
    expect(hasRole({ role: "manager" }, "analyst")).toBe(true);
    expect(hasRole({ role: "data" }, "manager")).toBe(true);
    expect(hasRole({ role: "data" }, "admin")).toBe(false);
    for (const required of ROLES) expect(hasRole({ role: "admin" }, required)).toBe(true);
  });

  it("deny by default: no user, or a role the code does not know, holds nothing", () => {
    for (const required of ROLES) {
      expect(hasRole(undefined, required)).toBe(false);
      expect(hasRole(null, required)).toBe(false);
      expect(hasRole({ role: "superuser" }, required)).toBe(false);
      expect(hasRole({ role: "" }, required)).toBe(false);
    }
    expect(Role.safeParse("root").success).toBe(false);
  });
});

describe("markings", () => {
  const user = (level: (typeof CLASSIFICATIONS)[number], caveats: string[] = []) => ({ level, caveats });

  it("show an element to a user whose clearance reaches its classification, and no lower", () => {
    expect(canSee(user("CONFIDENTIAL"), { classification: "RESTRICTED" })).toBe(true);
    expect(canSee(user("CONFIDENTIAL"), { classification: "CONFIDENTIAL" })).toBe(true);
    expect(canSee(user("CONFIDENTIAL"), { classification: "SECRET" })).toBe(false);
    expect(canSee(user("UNCLASSIFIED"), { classification: "RESTRICTED" })).toBe(false);
  });

  it("rank TOP_SECRET above SECRET", () => {
    expect(canSee(user("SECRET"), { classification: "TOP_SECRET" })).toBe(false);
    expect(canSee(user("TOP_SECRET"), { classification: "TOP_SECRET" })).toBe(true);
    expect(canSee(user("TOP_SECRET"), { classification: "SECRET" })).toBe(true);
    expect(highestMarking([{ classification: "SECRET" }, { classification: "TOP_SECRET" }]).classification).toBe("TOP_SECRET");
  });

  it("treat an unmarked element as UNCLASSIFIED, visible to everyone", () => {
    expect(canSee(user("UNCLASSIFIED"), {})).toBe(true);
    expect(canSee(user("UNCLASSIFIED"), { classification: null, caveats: null })).toBe(true);
  });

  it("show an element with caveats only to users holding every one of them, whatever their level", () => {
    const marking = { classification: "RESTRICTED", caveats: ["REL NATO", "REL EU"] };
    expect(canSee(user("SECRET"), marking)).toBe(false);
    expect(canSee(user("SECRET", ["REL NATO"]), marking)).toBe(false);
    expect(canSee(user("SECRET", ["rel eu", "REL  NATO", "REL FVEY"]), marking)).toBe(true);
    expect(canSee(user("UNCLASSIFIED", ["REL NATO", "REL EU"]), marking)).toBe(false);
  });

  it("hide an element whose classification the code does not know", () => {
    expect(canSee(user("TOP_SECRET"), { classification: "TOP SECRET" })).toBe(false);
    expect(canSee(user("TOP_SECRET"), { classification: "COSMIC" })).toBe(false);
    expect(canSee(user("SECRET"), { classification: "secret" })).toBe(false);
  });

  it("mark a whole with its parts' highest level and all their caveats", () => {
    expect(highestMarking([])).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
    expect(highestMarking([
      { classification: "RESTRICTED", caveats: ["rel nato"] },
      {},
      { classification: "CONFIDENTIAL", caveats: ["REL EU", "REL NATO"] },
    ])).toEqual({ classification: "CONFIDENTIAL", caveats: ["REL EU", "REL NATO"] });
    expect(highestMarking([{ classification: "COSMIC" }]).classification).toBe("TOP_SECRET");
  });

  it("never let a user see a whole unless they may see every part (random markings)", () => {
    const level = fc.constantFrom(...CLASSIFICATIONS);
    const caveats = fc.subarray(["REL NATO", "REL EU", "REL FVEY"]);
    fc.assert(fc.property(
      fc.record({ level, caveats }),
      fc.array(fc.record({ classification: level, caveats }), { maxLength: 5 }),
      (clearance, parts) => {
        expect(canSee(clearance, highestMarking(parts))).toBe(parts.every((part) => canSee(clearance, part)));
      },
    ));
  });

  it("normalise caveats to one spelling and refuse malformed ones", () => {
    expect(CaveatList.parse([" rel  nato", "REL NATO", "rel eu"])).toEqual(["REL EU", "REL NATO"]);
    expect(CaveatList.safeParse(["<script>"]).success).toBe(false);
    expect(CaveatList.safeParse([""]).success).toBe(false);
    expect(formatMarking({ classification: "SECRET", caveats: ["rel nato"] })).toBe("SECRET // REL NATO");
    expect(formatMarking({ classification: "TOP_SECRET", caveats: [] })).toBe("TOP SECRET");
  });
});
