// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { modelWithValueNames, resetStores } from "../testing/fakeApi";
import { useMarkingStore } from "./markingStore";
import { markingText, readMarking } from "./markings";
import { CLASSIFICATIONS, highestMarking } from "../../../contract/markings.ts";
import { useGraphStore } from "../graph/graphStore";
import { resetSession } from "./testing/sessionFixtures";
import { useViewStore } from "../view/viewStore";
import { MarkingBanner } from "./MarkingBanner";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  resetSession();
});
afterEach(() => act(() => i18next.changeLanguage("en")));

const record = (url: string, marking: unknown) => act(() => useMarkingStore.getState().record(url, marking, useViewStore.getState().page));
const banner = () => screen.getByTestId("marking-top");

describe("the marking banner", () => {
  it("reads UNCLASSIFIED, in green, while no answer carries a marking", () => {
    render(<><MarkingBanner position="top" /><MarkingBanner position="bottom" /></>);
    record("/api/graph?lang=en", undefined);
    expect(banner().textContent).toBe("UNCLASSIFIED");
    expect(banner().className).toContain("marking--unclassified");
    expect(screen.getByTestId("marking-bottom").textContent).toBe("UNCLASSIFIED");
  });

  it.each([
    ["RESTRICTED", "marking--restricted"],
    ["CONFIDENTIAL", "marking--confidential"],
    ["SECRET", "marking--secret"],
    ["TOP_SECRET", "marking--top_secret"],
  ])("colours %s by its level", (classification, className) => {
    render(<MarkingBanner position="top" />);
    record("/api/graph", { classification, caveats: [] });
    expect(banner().getAttribute("data-classification")).toBe(classification);
    expect(banner().className).toContain(className);
  });

  it("shows the highest level on screen with every caveat, such as SECRET — REL NATO", () => {
    render(<MarkingBanner position="top" />);
    record("/api/graph", { classification: "CONFIDENTIAL", caveats: [] });
    act(() => useViewStore.setState({ query: { id: "single-points", params: {} } }));
    record("/api/queries/single-points/run?lang=en", { classification: "SECRET", caveats: ["rel  nato"] });
    expect(banner().textContent).toBe("SECRET — REL NATO");
  });

  it("drops a query's marking once the query is closed, but never lowers the graph's on expansion", () => {
    render(<MarkingBanner position="top" />);
    record("/api/graph", { classification: "RESTRICTED", caveats: [] });
    record("/api/nodes/vsse/neighbourhood?depth=1", { classification: "CONFIDENTIAL", caveats: [] });
    record("/api/nodes/sgrs/neighbourhood?depth=1", { classification: "UNCLASSIFIED", caveats: [] });
    expect(banner().textContent).toBe("CONFIDENTIAL");
    act(() => useViewStore.setState({ query: { id: "q", params: {} } }));
    record("/api/queries/q/run", { classification: "SECRET", caveats: [] });
    expect(banner().textContent).toBe("SECRET");
    act(() => useViewStore.setState({ query: null }));
    expect(banner().textContent).toBe("CONFIDENTIAL");
  });

  it("writes TOP_SECRET as it is printed on documents, above SECRET", () => {
    render(<MarkingBanner position="top" />);
    record("/api/graph", { classification: "SECRET", caveats: [] });
    record("/api/nodes/vsse/neighbourhood?depth=1", { classification: "TOP_SECRET", caveats: ["REL NATO"] });
    expect(banner().textContent).toBe("TOP SECRET — REL NATO");
  });

  it("names the level in the reader's language: NIET GECLASSIFICEERD, NON CLASSIFIÉ", async () => {
    render(<MarkingBanner position="top" />);
    record("/api/graph", undefined);
    await act(() => i18next.changeLanguage("nl"));
    expect(banner().textContent).toBe("NIET GECLASSIFICEERD");
    await act(() => i18next.changeLanguage("fr"));
    expect(banner().textContent).toBe("NON CLASSIFIÉ");
    record("/api/graph", { classification: "CONFIDENTIAL", caveats: ["REL NATO"] });
    expect(banner().textContent).toBe("CONFIDENTIEL — REL NATO");
    expect(banner().getAttribute("data-classification")).toBe("CONFIDENTIAL");
  });

  it.each(["fr", "nl", "en"])("has a name in %s for every level the contract lists", async (language) => {
    await act(() => i18next.changeLanguage(language));
    render(<MarkingBanner position="top" />);
    for (const level of CLASSIFICATIONS) {
      record(`/api/queries/${level}/run`, { classification: level, caveats: [] });
      act(() => useViewStore.setState({ query: { id: level, params: {} } }));
      expect(i18next.exists(`access:classifications.${level}`), level).toBe(true);
      expect(banner().textContent).toBe(i18next.t(`access:classifications.${level}`).toLocaleUpperCase(language));
    }
  });

  it("takes the model's name of a level first, when the model gives one", async () => {
    const model = modelWithValueNames();
    const classification = model.commonProperties.find((spec) => spec.name === "classification")!;
    classification.valueNames = { ...classification.valueNames, SECRET: { fr: "Secret défense", nl: "Geheim", en: "Secret" } };
    act(() => useGraphStore.setState({ model }));
    await act(() => i18next.changeLanguage("fr"));
    render(<MarkingBanner position="top" />);
    record("/api/graph", { classification: "SECRET", caveats: [] });
    expect(banner().textContent).toBe("SECRET DÉFENSE");
  });

  it("counts a level it does not know as the highest, never as less", () => {
    expect(readMarking({ classification: "COSMIC PURPLE", caveats: [] }).classification).toBe(CLASSIFICATIONS.at(-1));
    expect(markingText(highestMarking([readMarking(null), readMarking({ classification: "RESTRICTED", caveats: ["REL EU", "REL NATO"] })])))
      .toBe("RESTRICTED — REL EU, REL NATO");
  });
});
