import { afterEach } from "vitest";

/** Component tests (jsdom) unmount what they rendered after each test; other tests have no DOM. */
afterEach(async () => {
  if (typeof document === "undefined") return;
  const { cleanup } = await import("@testing-library/react");
  cleanup();
});
