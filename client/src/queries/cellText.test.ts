// @vitest-environment node
import { describe, expect, it } from "vitest";
import { entityNamesOf } from "../graph/entityNames";
import { fakeElements } from "../testing/fakeApi";
import { cellText, type CellContext } from "./cellText";

const context: CellContext = {
  names: entityNamesOf(fakeElements),
  kindName: (id) => ({ Partner: "Partenaire" })[id],
  typeName: (id) => ({ DISSEMINATES_TO: "diffuse ses produits à" })[id],
  format: {
    language: "fr",
    yes: "oui",
    no: "non",
    enumLabel: (_property, v) => ({ overdue: "suivi en retard", P1M: "mensuelle", low: "faible" })[v] ?? v,
    isEnumValue: (property, v) => (property === "cadence" && v === "P1M") || (property === "confidence" && v === "low"),
  },
};

describe("cellText", () => {
  it("writes entity ids in lists as their names, and relationship ids as their ends", () => {
    expect(cellText("services", ["sgrs", "vsse", "unknown-id"], context)).toBe("General Intelligence and Security Service, State Security, unknown-id");
    expect(cellText("chain", ["sgrs--disseminates-to--ocam"], context)).toBe("General Intelligence and Security Service → Coordination Unit for Threat Analysis");
  });

  it("cuts a long list short, saying how many more", () => {
    const ids = Array.from({ length: 9 }, (_, i) => `x${i}`);
    expect(cellText("cutOff", ids, context)).toBe("x0, x1, x2, x3, x4, x5, … (+3)");
  });

  it("joins a path with arrows", () => {
    expect(cellText("path", ["sgrs", "ocam"], context)).toBe("General Intelligence and Security Service → Coordination Unit for Threat Analysis");
  });

  it("names kinds, relationship types, ends and coded values", () => {
    expect(cellText("kind", "Partner", context)).toBe("Partenaire");
    expect(cellText("kind", "DISSEMINATES_TO", context)).toBe("diffuse ses produits à");
    expect(cellText("type", "DISSEMINATES_TO", context)).toBe("diffuse ses produits à");
    expect(cellText("source", "vsse", context)).toBe("State Security");
    expect(cellText("status", "overdue", context)).toBe("suivi en retard");
  });

  it("names the model's enum values in any column that holds them, and leaves other text as it is", () => {
    expect(cellText("cadence", "P1M", context)).toBe("mensuelle");
    expect(cellText("confidence", "low", context)).toBe("faible");
    expect(cellText("note", "P1M", context)).toBe("P1M");
  });

  it("writes booleans, numbers and missing values for people", () => {
    expect(cellText("flagged", true, context)).toBe("oui");
    expect(cellText("betweenness", 0.12345, context)).toBe("0,1235");
    expect(cellText("lastReviewed", null, context)).toBe("—");
  });
});
