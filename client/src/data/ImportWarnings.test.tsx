// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportReport } from "../../../contract/imports.ts";
import { setupI18n } from "../i18n/i18n";
import { ImportReportView } from "./ImportReportView";
import { dryRunReport, rejectedCsvReport } from "./testing/reportFixtures";

beforeAll(() => setupI18n("en"));

const grouped: ImportReport = {
  ...rejectedCsvReport,
  errors: rejectedCsvReport.errors.map((error, index) => ({ ...error, code: (["missing-end", "required", "unknown-kind"] as const)[index] })),
  problemGroups: [{ code: "required", count: 1180 }, { code: "unknown-kind", count: 23 }, { code: "missing-end", count: 1 }],
};

const warned: ImportReport = {
  ...dryRunReport,
  warnings: [
    { code: "unused-attribute", message: "weight is not mapped to any property and will not be imported", count: 78, file: "karate.graphml", element: "edge", attribute: "weight", samples: ["1", "4"] },
    { code: "reciprocal-merged", message: "20 pairs a→b and b→a of COOPERATES_WITH become one relationship each", count: 20 },
  ],
};

describe("a report's problems and warnings", () => {
  it("gives the kinds of problem with their counts, most frequent first, before the rows", () => {
    render(<ImportReportView report={grouped} />);
    const groups = screen.getByRole("list", { name: "Kinds of problem" });
    expect(within(groups).getAllByRole("listitem").map((item) => item.textContent))
      .toEqual(["Required value missing 1,180", "Unknown kind 23", "End not found 1"]);
    const errors = screen.getByTestId("import-errors");
    expect(groups.compareDocumentPosition(within(errors).getAllByRole("table")[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("names the kinds in the UI's language", async () => {
    await setupI18n("fr");
    try {
      render(<ImportReportView report={grouped} />);
      const groups = screen.getByRole("list", { name: "Sortes de problèmes" });
      expect(within(groups).getAllByRole("listitem")[0]!.textContent).toBe("Valeur obligatoire manquante 1\u202f180");
    } finally {
      await setupI18n("en");
    }
  });

  it("says each warning once, with its count, attribute and sample values", () => {
    render(<ImportReportView report={warned} />);
    const warnings = screen.getByTestId("import-warnings");
    expect(within(warnings).getByRole("heading").textContent).toBe("2 warnings");
    const [unused, merged] = within(warnings).getAllByRole("listitem");
    expect(unused!.textContent).toBe("Attribute not imported weight (in 78 elements) — karate.graphml" +
      "weight is not mapped to any property and will not be imported" + "For example: 14");
    expect(merged!.textContent).toContain("Reciprocal pairs merged (in 20 elements)");
  });

  it("shows no warnings section when there is none", () => {
    render(<ImportReportView report={dryRunReport} />);
    expect(screen.queryByTestId("import-warnings")).toBeNull();
  });
});
