// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupI18n } from "./i18n";
import { useValueName } from "./valueNames";
import { modelWithValueNames, resetStores } from "../testing/fakeApi";

beforeAll(() => setupI18n("en"));
afterEach(() => act(() => i18next.changeLanguage("en")));

describe("useValueName", () => {
  it("names a value by the model's valueNames, in the UI's language", async () => {
    resetStores(modelWithValueNames());
    await act(() => i18next.changeLanguage("nl"));
    const { result } = renderHook(() => useValueName());
    expect(result.current("cadence", "P1M")).toBe("maandelijks");
    expect(result.current("intensity", "close")).toBe("nauw");
    expect(result.current("classification", "UNCLASSIFIED")).toBe("Niet geclassificeerd");
  });

  it("falls back to the UI's texts while the model names no value, and to the code last", async () => {
    const bare = modelWithValueNames();
    for (const spec of [...bare.commonNodeProperties, ...bare.commonProperties, ...bare.kinds.flatMap((kind) => kind.properties),
      ...bare.relationshipTypes.flatMap((type) => type.properties)]) delete spec.valueNames;
    resetStores(bare);
    await act(() => i18next.changeLanguage("fr"));
    const { result } = renderHook(() => useValueName());
    expect(result.current("classification", "UNCLASSIFIED")).toBe("Non classifié");
    expect(result.current("scope", "international")).toBe("international");
    expect(result.current("confidence", "high")).toBe("élevée");
    expect(result.current("cadence", "P1M")).toBe("P1M");
  });
});
